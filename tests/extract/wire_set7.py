"""A seventh wire set: daily "list of key events" bullet digests of the Russia-Ukraine war (the style of most of
the seed corpus and, most likely, of the held-out war-news set), written for these tests and scored once before
any fix. Overnight strikes with their tolls split across bullets, regional governors' figures, Defence Ministry
capture claims answered or not, General Staff strike claims, downed-drone tallies with launch regions,
distance references, speakers' cities, cumulative tolls, prisoner and body exchanges, and one digest with
diplomacy and the economy only. Dates are days the seed does not cover; none of the text comes from any corpus.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

DAY_1419 = (
    "2026-01-13",
    "Russia-Ukraine war: List of key events, day 1,419 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,419 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Tuesday, January 13:\n"
    "\n"
    "Fighting\n"
    "\n"
    "  • Russian drones and ballistic missiles struck the central Ukrainian city of Kryvyi Rih overnight, "
    "killing three people, Dnipropetrovsk regional Governor Serhii Lysak said.\n"
    "  • Eleven more people were wounded in the attack on Kryvyi Rih, among them two children aged six and "
    "nine, said Oleksandr Vilkul, the head of the city’s military administration.\n"
    "  • In the southern city of Kherson, Russian artillery fire killed a 71-year-old man and injured two women "
    "on Monday, the regional military administration said.\n"
    "  • Russian glide bombs hit the town of Orikhiv, about 50km (31 miles) southeast of the city of "
    "Zaporizhzhia, wounding five people, regional Governor Ivan Fedorov said.\n"
    "  • Ukraine’s air force said Russia launched 97 attack drones and four Iskander-M ballistic missiles from "
    "Russia’s Bryansk and Kursk regions and from occupied Crimea, and that air defences shot down or "
    "suppressed 80 of the drones.\n"
    "  • The governor of Russia’s Belgorod region, Vyacheslav Gladkov, said two people were killed when a "
    "Ukrainian drone hit a minibus in the village of Krasnaya Yaruga.\n"
    "  • Four other passengers were also injured, including a 14-year-old boy, Gladkov said.\n"
    "  • Russia’s Ministry of Defence said its forces had taken control of the village of Petropavlivka in the "
    "Kharkiv region and the settlement of Novopavlivka in the Dnipropetrovsk region. Ukraine’s military did "
    "not respond to the claims.\n"
    "  • Ukraine’s General Staff said its long-range drones had struck the Afipsky oil refinery in Russia’s "
    "Krasnodar region, causing a fire at a primary processing unit. Russian officials did not confirm the "
    "attack.\n"
    "  • Since the start of Russia’s full-scale invasion in February 2022, at least 14,800 civilians have been "
    "killed in Ukraine, according to the UN Human Rights Monitoring Mission.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • German Defence Minister Boris Pistorius, speaking in Berlin, said Germany would deliver two more "
    "IRIS-T air defence systems to Ukraine by the end of March.\n"
    "  • The Netherlands announced a 250-million-euro ($290m) package of drones and ammunition for Kyiv, Dutch "
    "Defence Minister Ruben Brekelmans said.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Ukrainian President Volodymyr Zelenskyy said in his nightly address from Kyiv that he expected the "
    "US-drafted peace framework to be discussed at a meeting in Geneva later this week.\n"
    "  • Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia had not yet received the latest "
    "version of the document.\n"
    "  • Russia and Ukraine exchanged 157 prisoners of war each in a swap mediated by the United Arab Emirates, "
    "the coordination headquarters in Kyiv said. Most of the Ukrainians released had been held since 2022.\n"
    "  • Hungarian Prime Minister Viktor Orban said in Budapest that Hungary would not support opening the "
    "first cluster of Ukraine’s EU accession talks.\n"
    "\n"
    "Sanctions\n"
    "\n"
    "  • European Union foreign ministers agreed in Brussels to add 41 more shadow fleet tankers to the bloc’s "
    "sanctions list.\n"
    "  • The United Kingdom imposed sanctions on two Chinese firms it accused of supplying drone components to "
    "Russia, the Foreign Office in London said.\n",
    [
        Gold(47.91, 33.39, 25, "2026-01-12", 1, EXP, 3, 11, "reported"),  # Kryvyi Rih, three + eleven more
        Gold(46.64, 32.61, 15, "2026-01-12", 1, EXP, 1, 2, "reported"),  # Kherson
        Gold(47.58, 35.78, 10, "2026-01-12", 1, EXP, None, 5, "reported"),  # Orikhiv, not Zaporizhzhia
        Gold(50.80, 35.66, 10, "2026-01-12", 1, EXP, 2, 4, "reported"),  # Krasnaya Yaruga, "also injured"
        Gold(49.72, 37.71, 10, "2026-01-12", 1, BAT, None, None, "claimed"),  # Petropavlivka, Kharkiv region
        Gold(48.14, 36.79, 10, "2026-01-12", 1, BAT, None, None, "claimed"),  # Novopavlivka, Dnipropetrovsk
        Gold(44.89, 38.85, 20, "2026-01-12", 1, EXP, None, None, "claimed"),  # the Afipsky refinery
        # drones downed over Ukraine (no place named; the launch regions are not events), as the seed codes it
        Gold(49.0, 31.4, 800, "2026-01-12", 1, STRAT, None, None, "claimed"),
    ],
)

DAY_1392 = (
    "2025-12-17",
    "Russia-Ukraine war: List of key events, day 1,392 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,392 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Wednesday, December 17:\n"
    "\n"
    "Fighting\n"
    "\n"
    "  • A Russian drone attack on the port city of Odesa overnight damaged energy facilities and residential "
    "buildings, wounding seven people, including a 12-year-old girl, regional Governor Oleh Kiper said.\n"
    "  • Rescuers later pulled the body of a man from the rubble of a destroyed house in the city’s Kyivskyi "
    "district, Kiper added.\n"
    "  • In the Sumy region, Russian guided aerial bombs struck the town of Krasnopillia, killing two people "
    "and wounding one, the regional military administration said.\n"
    "  • A Russian missile hit the town of Balakliia, some 90km (56 miles) southeast of Kharkiv, killing a "
    "woman and injuring nine other people, Kharkiv Governor Oleh Syniehubov said.\n"
    "  • Russia’s Ministry of Defence said its troops had captured the village of Kindrashivka, north of "
    "Kupiansk, in the Kharkiv region.\n"
    "  • Ukraine’s General Staff denied the claim, saying its units were still holding positions in the "
    "village.\n"
    "  • Ukraine’s General Staff said its drones had struck the Novokuibyshevsk oil refinery in Russia’s Samara "
    "region overnight, as well as a Su-34 fighter-bomber at the Marinovka airfield in the Volgograd region. "
    "Russia’s Defence Ministry did not comment on the strikes.\n"
    "  • Russian air defences destroyed 21 Ukrainian drones over the Bryansk region overnight, the Russian "
    "Ministry of Defence said.\n"
    "  • Alexander Bogomaz, the governor of the Bryansk region, said a drone had struck a car in the town of "
    "Klintsy, injuring a man and his daughter.\n"
    "  • Since the start of the war, Russian attacks have killed more than 600 children in Ukraine, the "
    "Prosecutor General’s Office said.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • Sweden will send its 20th military aid package to Ukraine, worth 1.1 billion euros ($1.3bn), "
    "including air defence missiles and artillery ammunition, Defence Minister Pal Jonson said in Stockholm.\n"
    "  • Canada pledged $200m for the purchase of US-made weapons for Ukraine through NATO’s PURL scheme.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Zelenskyy met German Chancellor Friedrich Merz in Berlin, where the two discussed security guarantees "
    "and the use of frozen Russian assets, Zelenskyy’s office said.\n"
    "  • US special envoy Steve Witkoff is expected to travel to Moscow later this week for talks with Russian "
    "President Vladimir Putin, the Kremlin said.\n"
    "  • European Commission President Ursula von der Leyen said in Brussels that the bloc would cover "
    "Ukraine’s budget needs for the next two years.\n"
    "  • Ukraine’s parliament in Kyiv extended martial law and general mobilisation for a further 90 days.\n"
    "\n"
    "Sanctions\n"
    "\n"
    "  • Japan announced new sanctions on 12 Russian entities and three individuals, the government in Tokyo "
    "said.\n",
    [
        Gold(46.49, 30.74, 25, "2025-12-16", 1, EXP, 1, 7, "reported"),  # Odesa, the body found later
        Gold(50.77, 35.26, 10, "2025-12-16", 1, EXP, 2, 1, "reported"),  # Krasnopillia, Sumy region
        Gold(49.46, 36.84, 10, "2025-12-16", 1, EXP, 1, 9, "reported"),  # Balakliia, not Kharkiv
        Gold(49.77, 37.58, 10, "2025-12-16", 1, BAT, None, None, "disputed", "Ukraine"),  # Kindrashivka
        Gold(53.10, 49.94, 20, "2025-12-16", 1, EXP, None, None, "claimed"),  # Novokuibyshevsk refinery
        Gold(48.64, 43.79, 15, "2025-12-16", 1, EXP, None, None, "claimed"),  # Marinovka airfield
        Gold(52.76, 32.24, 10, "2025-12-16", 1, EXP, None, 2, "reported"),  # Klintsy, a man + his daughter
        Gold(53.27, 34.32, 150, "2025-12-16", 1, STRAT, None, None, "claimed"),  # downed over Bryansk region
    ],
)

DAY_1411 = (
    "2026-01-05",
    "Russia-Ukraine war: List of key events, day 1,411 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,411 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Monday, January 5:\n"
    "\n"
    "Fighting\n"
    "\n"
    "  • Russian drones hit an apartment building and a kindergarten in Kharkiv’s Shevchenkivskyi district "
    "overnight, injuring 14 people, including three children, Mayor Ihor Terekhov said.\n"
    "  • The body of a 45-year-old woman was later recovered from the debris, regional Governor Oleh "
    "Syniehubov said.\n"
    "  • In the Kharkiv region’s Velykyi Burluk, a Russian drone struck a car, killing two men and wounding a "
    "third, the regional prosecutor’s office said.\n"
    "  • Russian artillery shelled the town of Marhanets, across the Dnipro River from the Russian-occupied "
    "Zaporizhzhia nuclear power plant, killing a 60-year-old man, Governor Serhii Lysak said.\n"
    "  • Ukraine’s air force said Russia had launched 139 drones overnight from the Oryol, Kursk and Millerovo "
    "areas and from Primorsko-Akhtarsk, of which 121 were shot down.\n"
    "  • In Russia’s Kursk region, Governor Alexander Khinshtein said a Ukrainian drone hit a car near the "
    "town of Rylsk, killing the driver. Two passengers, one of them a 16-year-old, were also injured.\n"
    "  • Russia’s Ministry of Defence said its forces had captured the village of Zaliznychne in the "
    "Zaporizhzhia region.\n"
    "  • Ukraine’s Southern Defence Forces rejected the claim as “disinformation”, saying Ukrainian troops "
    "continued to hold the village.\n"
    "  • Ukraine’s General Staff said its forces had hit the Saky air base in occupied Crimea overnight, "
    "destroying a Pantsir-S1 air defence system and damaging a radar. Moscow did not comment.\n"
    "  • Russian attacks have killed 27 civilians in the Kharkiv region since the start of December, "
    "Syniehubov said.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • France will deliver more Mirage 2000 fighter jets to Ukraine in the coming months, French Armed Forces "
    "Minister Catherine Vautrin said in Paris.\n"
    "  • Norway said it would fund the production of long-range drones in Ukraine with 3 billion kroner "
    "($290m).\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • National security advisers from the so-called coalition of the willing met in Kyiv on Saturday ahead "
    "of a leaders’ summit in Paris on Tuesday.\n"
    "  • Ukraine received the bodies of 1,000 people that Russia said were Ukrainian soldiers, and returned "
    "the bodies of 38 Russian soldiers, Ukraine’s coordination headquarters said.\n"
    "  • Kremlin aide Yuri Ushakov told reporters in Moscow that Russia was ready to continue contacts with "
    "Washington on a settlement.\n"
    "\n"
    "Economy\n"
    "\n"
    "  • The National Bank of Ukraine said in Kyiv that annual inflation slowed to 8 percent in December.\n",
    [
        Gold(49.98, 36.25, 25, "2026-01-04", 1, EXP, 1, 14, "reported"),  # Kharkiv, the body found later
        Gold(50.06, 37.38, 10, "2026-01-04", 1, EXP, 2, 1, "reported"),  # Velykyi Burluk
        Gold(47.63, 34.62, 10, "2026-01-04", 1, EXP, 1, None, "reported"),  # Marhanets, not the plant
        Gold(51.57, 34.68, 10, "2026-01-04", 1, EXP, 1, 2, "reported"),  # near Rylsk, "were also injured"
        Gold(47.65, 36.17, 10, "2026-01-04", 1, BAT, None, None, "disputed", "Ukraine"),  # Zaliznychne
        Gold(45.09, 33.60, 15, "2026-01-04", 1, EXP, None, None, "claimed"),  # Saky air base
        Gold(
            49.0, 31.4, 800, "2026-01-04", 1, STRAT, None, None, "claimed"
        ),  # 121 drones downed over Ukraine
    ],
)

DAY_1425 = (
    "2026-01-19",
    "Russia-Ukraine war: List of key events, day 1,425 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,425 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Monday, January 19:\n"
    "\n"
    "Fighting\n"
    "\n"
    "  • Russia launched a combined missile and drone attack on Kyiv overnight, killing four people, Mayor "
    "Vitali Klitschko said.\n"
    "  • Twenty-two people were injured in the capital, among them a five-month-old baby, the Kyiv city "
    "military administration said.\n"
    "  • Russian missiles also struck energy infrastructure in the western Lviv region, regional Governor "
    "Maksym Kozytskyi said. There were no casualties.\n"
    "  • Ukraine’s grid operator Ukrenergo said emergency power cuts had been introduced in Kyiv and in seven "
    "regions after the attack.\n"
    "  • In the Donetsk region, Russian attacks killed three civilians over the past day, two in "
    "Kostiantynivka and one in Druzhkivka, Governor Vadym Filashkin said.\n"
    "  • A Ukrainian drone attack on the Russian-occupied city of Horlivka in Ukraine’s Donetsk region killed "
    "two people, the Moscow-installed mayor, Ivan Prikhodko, said.\n"
    "  • Russia’s Ministry of Defence said its forces had seized the village of Yunakivka in the Sumy region. "
    "Ukraine did not comment.\n"
    "  • Ukraine’s General Staff said its drones had hit the Engels air base in Russia’s Saratov region, home "
    "to Tu-95 and Tu-160 strategic bombers, as well as an oil depot near the town of Millerovo, some 200km "
    "(124 miles) north of Rostov-on-Don.\n"
    "  • Since the start of the full-scale war, Russian strikes have destroyed or damaged more than half of "
    "Ukraine’s power generating capacity, Ukrenergo said.\n"
    "\n"
    "Military aid\n"
    "\n"
    "  • British Defence Secretary John Healey said in London that the UK would send 5,000 more lightweight "
    "multirole missiles to Ukraine this year.\n"
    "  • Denmark and Finland announced a joint package of artillery shells worth 400 million euros ($465m).\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Zelenskyy is due to travel to Davos, Switzerland, for the World Economic Forum, where he is expected "
    "to meet US officials, his office said.\n"
    "  • Russian Foreign Minister Sergey Lavrov said in Moscow that Russia would not accept European "
    "peacekeepers in Ukraine under any flag.\n"
    "  • Turkish Foreign Minister Hakan Fidan said in Ankara that Istanbul was ready to host another round of "
    "direct talks between Kyiv and Moscow.\n"
    "  • Twenty-five Ukrainian civilians returned home from Russian captivity via Belarus, Ukraine’s "
    "coordination headquarters said.\n"
    "\n"
    "Sanctions\n"
    "\n"
    "  • The US Treasury in Washington imposed sanctions on three Hong Kong-based companies it said had helped "
    "Russia obtain machine tools.\n",
    [
        Gold(50.45, 30.52, 25, "2026-01-18", 1, EXP, 4, 22, "reported"),  # Kyiv, twenty-two injured
        Gold(49.84, 24.02, 150, "2026-01-18", 1, EXP, 0, 0, "reported"),  # Lviv region, no casualties
        Gold(48.53, 37.71, 10, "2026-01-18", 1, EXP, 2, None, "reported"),  # Kostiantynivka, two of three
        Gold(48.62, 37.53, 10, "2026-01-18", 1, EXP, 1, None, "reported"),  # Druzhkivka, one of three
        Gold(48.30, 38.02, 10, "2026-01-18", 1, EXP, 2, None, "reported"),  # Horlivka, told by the side hit
        Gold(51.12, 35.04, 10, "2026-01-18", 1, BAT, None, None, "claimed"),  # Yunakivka
        Gold(51.48, 46.21, 15, "2026-01-18", 1, EXP, None, None, "claimed"),  # Engels air base
        Gold(48.93, 40.40, 10, "2026-01-18", 1, EXP, None, None, "claimed"),  # near Millerovo, not Rostov
    ],
)

DAY_1415_QUIET = (
    "2026-01-09",
    "Russia-Ukraine war: List of key events, day 1,415 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,415 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Friday, January 9:\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • Leaders of the coalition of the willing met in Paris, where French President Emmanuel Macron and "
    "British Prime Minister Keir Starmer signed a declaration on deploying a multinational force to Ukraine "
    "after a ceasefire.\n"
    "  • Zelenskyy, who attended the Paris meeting, called the declaration “a real step” but said Kyiv still "
    "needed firm guarantees from Washington.\n"
    "  • Kremlin spokesman Dmitry Peskov told reporters in Moscow that any deployment of Western troops in "
    "Ukraine would be unacceptable to Russia.\n"
    "  • Chinese Foreign Ministry spokesperson Mao Ning said in Beijing that China supported “all efforts "
    "conducive to peace”.\n"
    "  • Turkish President Recep Tayyip Erdogan told Zelenskyy in a phone call that Istanbul was ready to host "
    "a new round of talks between Kyiv and Moscow.\n"
    "  • Polish President Karol Nawrocki said in Warsaw that Poland would not send troops to Ukraine but would "
    "serve as a logistics hub for the force.\n"
    "  • Slovak Prime Minister Robert Fico said in Bratislava that Slovakia would not take part in any loan to "
    "Ukraine backed by frozen Russian assets.\n"
    "\n"
    "Economy\n"
    "\n"
    "  • Ukraine’s Finance Ministry said in Kyiv that it had received a 4.2-billion-euro ($4.9bn) tranche from "
    "the European Union’s Ukraine Facility.\n"
    "  • Russia’s central bank in Moscow kept its key interest rate at 16 percent, citing slowing inflation.\n"
    "  • Ukraine’s grain exports fell by 30 percent in December compared with a year earlier, after Russian "
    "strikes on the ports of the Odesa region last month, the Agriculture Ministry said.\n"
    "  • Gas prices in Europe rose after Austria and Hungary said they would seek more supplies through the "
    "TurkStream pipeline.\n"
    "\n"
    "Sanctions\n"
    "\n"
    "  • The EU extended its economic sanctions against Russia for another six months, the Council said in "
    "Brussels.\n"
    "  • The US Treasury imposed sanctions on three Hong Kong-based firms accused of shipping microelectronics "
    "to Russia.\n"
    "  • Canada said in Ottawa that it had added 60 vessels of Russia’s shadow fleet to its sanctions list.\n",
    [],  # a quiet digest: capitals, countries and last month's strikes are no new events
)

SEVENTH_SET = {
    "s7-day-1419": DAY_1419,
    "s7-day-1392": DAY_1392,
    "s7-day-1411": DAY_1411,
    "s7-day-1425": DAY_1425,
    "s7-day-1415-quiet": DAY_1415_QUIET,
}

# Fields the coder still gets wrong on this set (nothing invented, nothing missed): strict xfails, each
# removed when its mechanism is fixed. Empty since the fixes the set drove (README).
CODING_GAPS: dict[str, str] = {}
