"""Set 16: Russia-Ukraine war copy of Dec 2025 - Jan 2026 as the held-out set most likely has it, written for
these tests, its gold fixed before the coder ran on it, and scored once before any fix (the README and the commit
give the scores): four Al Jazeera-style "key events" digests (Fighting / Politics and diplomacy / Weapons /
Economy), a Reuters-style story on a night of strikes on the grid, a front-line story on a capture Russia claims
and Ukraine denies, and a Reuters-style story on Ukrainian drones over Saratov and Belgorod; then two quiet pieces
(diplomacy, and Orthodox Christmas with the economy) that name war places without violence. None is taken from any
corpus.

Conventions are the seed gold's: a capture is a Battle at the place taken, "claimed" when only the side that took
it says so, "disputed" when the other side denies it; shoot-downs a side reports are Strategic developments at the
region (or the country when none is named), "claimed"; an attack told by the side that was hit, or by both sides,
is "reported", one told only by the attacker "claimed"; "no one was hurt" is a toll of 0 and 0; launch sites,
distance references, speakers' locations and cumulative tolls are no events; captures an article recalls from an
earlier month are background.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

AJ_DAY_1393 = (
    "2025-12-17",
    "Russia-Ukraine war: List of key events, day 1,393\n"
    "These are the key events on day 1,393 of Russia’s war on Ukraine, Wednesday, December 17.\n"
    "Fighting\n"
    "  • Russian drones struck the southern port city of Odesa overnight, damaging energy facilities and a "
    "nine-storey apartment block. Three people were injured, the head of the regional military administration, "
    "Oleh Kiper, said.\n"
    "  • A Russian artillery strike on the city of Nikopol in the Dnipropetrovsk region killed a 58-year-old "
    "woman on Tuesday, regional head Vladyslav Haivanenko said. A man was also wounded by a drone in nearby "
    "Marhanets, he said.\n"
    "  • Russia’s Ministry of Defence said its forces had taken full control of the town of Siversk in the "
    "Donetsk region after weeks of fighting.\n"
    "  • Ukraine’s General Staff rejected the claim, saying its troops were still holding positions in Siversk "
    "and that Russian assault groups were being destroyed as they tried to infiltrate the town.\n"
    "  • Ukraine’s General Staff said its drones struck the Tuapse oil refinery on Russia’s Black Sea coast, "
    "causing a fire. Authorities in Russia’s Krasnodar region said drone debris had set fire to an installation "
    "at the port and that nobody was hurt.\n"
    "  • Russia’s Ministry of Defence said its air defence units destroyed 31 Ukrainian drones over the Bryansk "
    "region overnight.\n"
    "  • In Russia’s Belgorod region, a Ukrainian drone hit a minibus near the village of Krasnaya Yaruga on "
    "Tuesday, killing the driver, Governor Vyacheslav Gladkov said.\n"
    "Politics and diplomacy\n"
    "  • Ukrainian President Volodymyr Zelenskyy told reporters in Kyiv that Ukraine would not hand over the "
    "parts of the Donetsk region it still controls, including the cities of Kramatorsk and Sloviansk, as part of "
    "any peace deal.\n"
    "  • Kremlin aide Yuri Ushakov said in Moscow that Russia expected US envoys to visit again before the end of "
    "the year.\n"
    "Weapons\n"
    "  • Norway said it would pay for two more NASAMS air defence systems for Ukraine, bringing its military aid "
    "this year to more than $7bn.\n"
    "Economy\n"
    "  • Ukraine’s grid operator Ukrenergo said scheduled power cuts would continue on Thursday in the Kyiv, "
    "Kharkiv and Odesa regions because of damage from weeks of Russian attacks on power plants and substations.\n",
    [
        Gold(46.48572, 30.74383, 25, "2025-12-17", 1, EXP, None, 3, "reported"),  # Odesa
        Gold(47.56826, 34.39126, 10, "2025-12-16", 1, EXP, 1, None, "reported"),  # Nikopol
        Gold(47.63088, 34.6245, 10, "2025-12-16", 1, EXP, None, 1, "reported"),  # Marhanets
        Gold(48.86476, 38.09683, 10, "2025-12-17", 1, BAT, None, None, "disputed", "Ukraine"),  # Siversk
        Gold(44.10083, 39.08326, 15, "2025-12-17", 1, EXP, 0, 0, "reported"),  # Tuapse refinery
        Gold(53.27096, 34.32143, 150, "2025-12-17", 1, STRAT, None, None, "claimed"),  # over Bryansk region
        Gold(50.80198, 35.65774, 10, "2025-12-16", 1, EXP, 1, None, "reported"),  # Krasnaya Yaruga
    ],
)

AJ_DAY_1411 = (
    "2026-01-04",
    "Russia-Ukraine war: List of key events, day 1,411\n"
    "Here is the situation on Sunday, January 4.\n"
    "Fighting\n"
    "  • A Russian missile attack on Kharkiv on Saturday killed four people, including a 12-year-old boy, Mayor "
    "Ihor Terekhov said. Another 19 people were injured, eight of whom were taken to hospital.\n"
    "  • Two people were killed and five wounded when Russian glide bombs hit the centre of Sloviansk in the "
    "Donetsk region, regional Governor Vadym Filashkin said.\n"
    "  • In the southern city of Kherson, a Russian drone dropped explosives on a city bus, killing one "
    "passenger. Six more were wounded, the regional military administration said, blaming Russian units "
    "positioned across the Dnipro River around Oleshky.\n"
    "  • Russia’s Ministry of Defence said on Saturday that its troops had taken full control of Vovchansk, a "
    "town in the Kharkiv region about 5km (3 miles) from the Russian border.\n"
    "  • Ukraine’s navy said it had hit a Russian landing craft moored off the village of Chornomorske in "
    "occupied Crimea. Russia did not comment.\n"
    "  • Ukraine’s air force said Russia launched 121 attack drones and four Iskander-M missiles overnight from "
    "the Kursk region and from Millerovo in Russia’s Rostov region, and that 98 of the drones were shot down or "
    "jammed.\n"
    "  • In Russia’s Kursk region, a Ukrainian drone struck a car in the town of Lgov, wounding two women, acting "
    "Governor Alexander Khinshtein said on Telegram.\n"
    "Politics and diplomacy\n"
    "  • Zelenskyy said he had held a “productive” call with US President Donald Trump from Kyiv and that "
    "national security advisers from Europe and the US would meet in Ukraine this week.\n"
    "Weapons\n"
    "  • Germany said it had delivered two more Patriot systems to Ukraine, to be deployed to protect cities "
    "such as Kyiv, Dnipro and Zaporizhzhia.\n"
    "Economy\n"
    "  • Russia’s oil and gas revenues fell by 24 percent in 2025 to their lowest level in five years, Finance "
    "Ministry data showed.\n",
    [
        Gold(49.98177, 36.25475, 25, "2026-01-03", 1, EXP, 4, 19, "reported"),  # Kharkiv
        Gold(48.84974, 37.59739, 10, "2026-01-04", 1, EXP, 2, 5, "reported"),  # Sloviansk
        Gold(46.63695, 32.61458, 25, "2026-01-04", 1, EXP, 1, 6, "reported"),  # Kherson (not Oleshky)
        Gold(50.29078, 36.94108, 10, "2026-01-03", 1, BAT, None, None, "claimed"),  # Vovchansk
        Gold(45.50657, 32.69776, 15, "2026-01-04", 1, EXP, None, None, "claimed"),  # off Chornomorske
        Gold(49.0, 31.4, 800, "2026-01-04", 1, STRAT, None, None, "claimed"),  # 98 drones downed over Ukraine
        Gold(51.6597, 35.2644, 10, "2026-01-04", 1, EXP, None, 2, "reported"),  # Lgov
    ],
)

AJ_DAY_1425 = (
    "2026-01-18",
    "Russia-Ukraine war: List of key events, day 1,425\n"
    "Here are the key events on day 1,425 of Russia’s war on Ukraine, Sunday, January 18.\n"
    "Fighting\n"
    "  • Russian drones and missiles targeted energy infrastructure in the western Lviv region overnight, "
    "Governor Maksym Kozytskyi said. There were no casualties, he said.\n"
    "  • A 70-year-old man was killed in a Russian drone attack on the village of Velykyi Burluk in the Kharkiv "
    "region, some 20km from the Russian border, Governor Oleh Syniehubov said.\n"
    "  • Russian guided bombs struck Vilniansk, a town north of Zaporizhzhia city, killing one person, Governor "
    "Ivan Fedorov said. Seven others were injured, among them two teenagers.\n"
    "  • Russian shelling killed two civilians in Kostiantynivka, a town in the Donetsk region that Russian troops "
    "have been trying to encircle for months, the regional prosecutor’s office said.\n"
    "  • Russia’s Ministry of Defence said its forces had captured the town of Lyman in the Donetsk region.\n"
    "  • Ukraine’s military said the Russian claim was false and that its units still held Lyman.\n"
    "  • Ukraine’s Security Service said its long-range drones struck an oil refinery in Volgograd overnight. "
    "Volgograd Governor Andrei Bocharov said falling debris had caused a fire at an industrial site in the city’s "
    "south, and that no one was hurt.\n"
    "  • Moscow Mayor Sergei Sobyanin said air defences shot down 12 drones flying towards the Russian capital. "
    "Flights at Sheremetyevo and Vnukovo airports were briefly suspended.\n"
    "Politics and diplomacy\n"
    "  • Ukrainian and Russian negotiators are due to meet US envoys in Abu Dhabi next week, Zelenskyy said in "
    "his nightly video address.\n"
    "Weapons\n"
    "  • The United Kingdom said it would supply Ukraine with thousands more air defence missiles this year under "
    "a new £1.6bn contract with a factory in Belfast.\n"
    "Economy\n"
    "  • Ukraine’s grain exports through the Black Sea ports of Odesa, Chornomorsk and Pivdennyi fell 12 percent "
    "in December after repeated Russian strikes on port infrastructure, the agriculture ministry said.\n",
    [
        Gold(49.83826, 24.02324, 150, "2026-01-18", 1, EXP, 0, 0, "reported"),  # Lviv region
        Gold(50.06135, 37.38358, 10, "2026-01-18", 1, EXP, 1, None, "reported"),  # Velykyi Burluk
        Gold(47.94768, 35.44034, 10, "2026-01-18", 1, EXP, 1, 7, "reported"),  # Vilniansk
        Gold(48.52728, 37.70594, 10, "2026-01-18", 1, EXP, 2, None, "reported"),  # Kostiantynivka
        Gold(48.99012, 37.80843, 10, "2026-01-18", 1, BAT, None, None, "disputed", "Ukraine"),  # Lyman
        Gold(48.71378, 44.4976, 25, "2026-01-18", 1, EXP, 0, 0, "reported"),  # Volgograd refinery
        Gold(55.75204, 37.61781, 50, "2026-01-18", 1, STRAT, None, None, "claimed"),  # drones towards Moscow
    ],
)

AJ_DAY_1433 = (
    "2026-01-26",
    "Russia-Ukraine war: List of key events, day 1,433\n"
    "Here is where things stand on Monday, January 26.\n"
    "Fighting\n"
    "  • Russian drones struck a residential area of Sumy on Sunday evening, injuring eleven people, three of "
    "them children, acting regional Governor Oleh Hryhorov said. A woman was also killed in the attack, he said "
    "later.\n"
    "  • Russia fired ballistic missiles at the city of Dnipro, killing five people, Haivanenko said. Thirty-one "
    "others were wounded and several houses were destroyed.\n"
    "  • Ukraine’s General Staff said its forces struck the Saky airbase in occupied Crimea overnight, hitting a "
    "radar station and a fuel depot.\n"
    "  • Russia’s Ministry of Defence said its troops had destroyed a US-made HIMARS rocket launcher near "
    "Kramatorsk in the Donetsk region.\n"
    "  • A Ukrainian drone attack on the Russian port city of Taganrog damaged an aircraft plant and several "
    "homes and injured four people, Rostov Governor Yuri Slyusar said.\n"
    "  • Ukraine’s air force said Russia launched 165 drones overnight from the Kursk and Bryansk regions and "
    "from Hvardiiske in occupied Crimea, and that 138 of them were downed or suppressed.\n"
    "  • Russian artillery fire killed a man in the village of Bilozerka, just west of Kherson city, and wounded "
    "his wife, the Kherson regional administration said.\n"
    "Politics and diplomacy\n"
    "  • Russian President Vladimir Putin met US envoy Steve Witkoff and Jared Kushner at the Kremlin for more "
    "than four hours, Ushakov said, describing the talks as “useful”.\n"
    "  • Hungary said it would keep blocking the start of talks on Ukraine joining the European Union.\n"
    "Weapons\n"
    "  • Sweden said it had signed a letter of intent to sell up to 150 Gripen fighter jets to Ukraine.\n"
    "Economy\n"
    "  • The European Union gave final approval to a 90 billion euro ($105bn) loan to cover Ukraine’s budget and "
    "military needs over the next two years.\n",
    [
        Gold(50.91741, 34.79906, 25, "2026-01-25", 1, EXP, 1, 11, "reported"),  # Sumy
        Gold(48.46664, 35.04066, 25, "2026-01-26", 1, EXP, 5, 31, "reported"),  # Dnipro
        Gold(45.13424, 33.59996, 15, "2026-01-26", 1, EXP, None, None, "claimed"),  # Saky airbase
        Gold(48.73106, 37.56779, 15, "2026-01-26", 1, EXP, None, None, "claimed"),  # near Kramatorsk
        Gold(47.23627, 38.9053, 15, "2026-01-26", 1, EXP, None, 4, "reported"),  # Taganrog
        Gold(49.0, 31.4, 800, "2026-01-26", 1, STRAT, None, None, "claimed"),  # 138 downed over Ukraine
        Gold(46.62651, 32.44447, 10, "2026-01-26", 1, EXP, 1, 1, "reported"),  # Bilozerka
    ],
)

REUTERS_GRID = (
    "2026-01-09",
    "Russia pounds Ukraine’s power grid, kills four in Kyiv as temperatures drop\n"
    "KYIV, Jan 9 (Reuters) - Russia launched one of its largest air attacks of the winter on Ukraine overnight, "
    "killing four people in Kyiv and knocking out heating to hundreds of apartment blocks as temperatures fell "
    "to minus 12 Celsius, officials said on Friday.\n"
    "Explosions rang out across the capital for more than three hours from about 2 a.m. (0000 GMT). A ballistic "
    "missile hit a residential building in the Darnytskyi district on the left bank of the Dnipro River, "
    "collapsing part of its upper floors, Mayor Vitali Klitschko said.\n"
    "Four people were killed in the capital, Klitschko said. He initially put the number of wounded at 17, "
    "then raised it to 24 later in the morning as rescuers searched the rubble. A child was among the injured.\n"
    "In the town of Fastiv, southwest of the capital, a drone hit a railway depot and two workers were injured, "
    "state railway company Ukrzaliznytsia said. Several suburban trains were delayed.\n"
    "In the western Lviv region, which borders Poland, a missile struck an energy facility near the town of "
    "Stryi, Governor Maksym Kozytskyi said, without giving details of the damage. No one was hurt there, he said.\n"
    "Ukraine’s air force said Russia had fired 36 missiles of various types and 242 drones at Ukraine. Air "
    "defences shot down 25 of the missiles and 221 of the drones, it said, adding that 11 locations had been "
    "hit.\n"
    "Poland’s armed forces said they had scrambled fighter jets and put ground-based air defences on high alert "
    "as a precaution during the attack, which lasted into the morning.\n"
    "Russia’s Defence Ministry said it had carried out a “massive strike” with precision weapons on energy "
    "facilities that serve Ukraine’s military industry and that all designated targets had been hit. It did not "
    "name them.\n"
    "“Russia chooses the coldest nights to do this,” Zelenskyy said in a statement from Kyiv, renewing his "
    "appeal to Western partners for more Patriot missiles. “This is not a war on our army. It is a war on our "
    "homes.”\n"
    "Grid operator Ukrenergo said emergency power cuts had been imposed in Kyiv and in six regions, including "
    "Dnipropetrovsk, Poltava and Chernihiv, and that repairs would take days.\n"
    "DTEK, Ukraine’s largest private energy company, said its thermal power plants had been attacked more than "
    "200 times since the full-scale invasion began in February 2022.\n"
    "Russia has pounded Ukraine’s energy system for a fourth winter in a row. Kyiv says Moscow is trying to "
    "break civilian morale while US-brokered peace talks remain stalled over the future of the eastern Donetsk "
    "region and the Russian-occupied Zaporizhzhia nuclear power plant.\n"
    "(Reporting by Reuters staff in Kyiv; writing by a Reuters editor; editing by another)\n",
    [
        Gold(50.4501, 30.5234, 25, "2026-01-09", 1, EXP, 4, 24, "reported"),  # Kyiv
        Gold(50.07796, 29.91963, 10, "2026-01-09", 1, EXP, None, 2, "reported"),  # Fastiv
        Gold(49.26103, 23.84845, 15, "2026-01-09", 1, EXP, 0, 0, "reported"),  # near Stryi
        Gold(49.0, 31.4, 800, "2026-01-09", 1, STRAT, None, None, "claimed"),  # air force shoot-downs
    ],
)

KI_TERNUVATE = (
    "2026-01-21",
    "Russia claims capture of Ternuvate in Zaporizhzhia Oblast, Ukraine says fighting continues\n"
    "Russia’s Defence Ministry claimed on Jan. 21 that its troops had captured the village of Ternuvate in "
    "Zaporizhzhia Oblast, about 75 kilometers east of the city of Zaporizhzhia, as Moscow presses its offensive "
    "along the border between Zaporizhzhia and Dnipropetrovsk oblasts.\n"
    "The ministry said units of its Vostok group of forces had “liberated” the village after “decisive actions” "
    "and published a video of soldiers raising a Russian flag over what it said was a building in the village.\n"
    "Ukraine’s Southern Defense Forces denied the claim. “Ternuvate has not been captured. Our units are holding "
    "their positions, and the flag video was filmed on the outskirts during a raid,” spokesperson Vladyslav "
    "Voloshyn told national television, speaking from Zaporizhzhia.\n"
    "Moscow said last month it had taken Huliaipole, a town about 20 kilometers to the south, a claim Kyiv "
    "rejected at the time.\n"
    "Russian forces have stepped up glide bomb and drone attacks on towns behind the front line. On Jan. 20, a "
    "guided aerial bomb hit the center of Mezhova in Dnipropetrovsk Oblast, killing a 61-year-old woman, the "
    "regional military administration said. Three men were also wounded in the strike, which damaged a school "
    "and a pharmacy.\n"
    "Later the same day, Russian drones hit a fire engine in the village of Velykomykhailivka as crews were "
    "putting out a blaze, injuring two rescuers, the State Emergency Service reported.\n"
    "Since the beginning of the year, Russian attacks on Dnipropetrovsk Oblast have killed 23 civilians, "
    "according to regional authorities.\n"
    "Ukraine’s General Staff said on Jan. 21 that its forces had struck a command post of Russia’s 5th Combined "
    "Arms Army in the occupied town of Polohy in Zaporizhzhia Oblast. The extent of the damage is being "
    "clarified, the General Staff said. Russia has not commented on the attack.\n"
    "The Kyiv Independent could not independently verify the claims of either side.\n"
    "Military analysts say Russia is trying to push towards the regional center of Zaporizhzhia from the east "
    "while pinning down Ukrainian forces near Orikhiv and Stepnohirsk to the south. In its latest assessment, "
    "the Institute for the Study of War said geolocated footage showed only that Russian troops had advanced in "
    "the eastern part of Ternuvate.\n"
    "Ukrainian officials have urged residents of frontline villages in the Zaporizhzhia and Dnipropetrovsk "
    "oblasts to evacuate, and have ordered the compulsory evacuation of families with children from several "
    "settlements in the Synelnykove district.\n",
    [
        Gold(47.82995, 36.12973, 10, "2026-01-21", 1, BAT, None, None, "disputed", "Ukraine"),  # Ternuvate
        Gold(48.25418, 36.73178, 10, "2026-01-20", 1, EXP, 1, 3, "reported"),  # Mezhova
        Gold(48.15008, 35.62361, 10, "2026-01-20", 1, EXP, None, 2, "reported"),  # Velykomykhailivka
        Gold(47.47865, 36.25463, 10, "2026-01-21", 1, EXP, None, None, "claimed"),  # Polohy command post
        # recalled: Moscow's December claim on Huliaipole, rejected by Kyiv
        Gold(47.66685, 36.25576, 10, "2025-12-15", 20, BAT, None, None, "disputed", "Ukraine", True),
    ],
)

REUTERS_SARATOV = (
    "2026-01-11",
    "Ukrainian drones hit refinery in Russia’s Saratov; three killed in Belgorod region\n"
    "Jan 11 (Reuters) - Ukrainian drones attacked an oil refinery in the southern Russian city of Saratov "
    "overnight, starting a fire, the regional governor said on Sunday, while Russian officials said three "
    "people had been killed by Ukrainian attacks in the Belgorod region on the border.\n"
    "Saratov Governor Roman Busargin said on Telegram that a drone attack had damaged an “industrial "
    "enterprise” in the city, without naming it. Two people were injured by falling debris, he said, and "
    "several residential buildings nearby had their windows blown out.\n"
    "Ukraine’s General Staff said its drones had hit the Saratov refinery, one of the largest in southern "
    "Russia, and that a fire had broken out in the primary processing unit. The refinery lies across the Volga "
    "River from the city of Engels, home to a strategic bomber base that Ukraine has repeatedly attacked.\n"
    "Russia’s Defence Ministry said its air defences had destroyed 20 Ukrainian drones over the Saratov region "
    "overnight.\n"
    "In the Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone had struck a car on a road "
    "outside the town of Valuyki, killing two men. On Saturday evening, Ukrainian shelling of the town of "
    "Grayvoron killed a woman, he said. Three others were also wounded there and taken to hospital in Belgorod.\n"
    "Separately, Russian-installed officials in the occupied part of Ukraine’s Kherson region said a Ukrainian "
    "drone attack on a market in the town of Oleshky had killed three people on Saturday. Ukraine’s military "
    "denied targeting the market, saying its drones had hit a Russian ammunition depot in the town.\n"
    "Reuters could not independently verify either side’s account.\n"
    "Ukraine has stepped up long-range drone attacks on Russian refineries, oil depots and export terminals "
    "since last summer in what it calls a campaign to cut the revenues that fund Moscow’s war effort. Russia "
    "has in turn struck Ukraine’s gas production and power plants.\n"
    "The strikes came as Russian and Ukrainian officials prepared for another round of US-brokered talks. "
    "Kremlin spokesman Dmitry Peskov said in Moscow that Russia remained open to a settlement but would continue "
    "its “special military operation” until its goals were met.\n"
    "(Reporting by Reuters; editing by the Reuters desk)\n",
    [
        Gold(51.54048, 45.9901, 15, "2026-01-11", 1, EXP, None, 2, "reported"),  # Saratov refinery
        Gold(51.54048, 45.9901, 150, "2026-01-11", 1, STRAT, None, None, "claimed"),  # 20 downed, region
        Gold(50.19661, 38.11674, 10, "2026-01-11", 1, EXP, 2, None, "reported"),  # outside Valuyki
        Gold(50.47893, 35.68087, 10, "2026-01-10", 1, EXP, 1, 3, "reported"),  # Grayvoron
        Gold(46.62553, 32.72426, 10, "2026-01-10", 1, EXP, 3, None, "disputed", "Ukraine"),  # Oleshky market
    ],
)

QUIET_GUARANTEES = (
    "2025-12-22",
    "European leaders back US-led monitoring of any Ukraine ceasefire\n"
    "BERLIN, Dec 22 (Reuters) - European leaders meeting in Berlin on Monday said they were ready to send a "
    "multinational force to Ukraine after a ceasefire, with the United States leading the monitoring of any "
    "truce line, a joint statement showed.\n"
    "The statement, signed by the leaders of Germany, France, Britain, Italy, Poland and the Nordic countries, "
    "said the force would help rebuild Ukraine’s armed forces and secure its skies and sea lanes, but would not "
    "be deployed near the front line in the Donetsk, Zaporizhzhia and Kherson regions.\n"
    "Zelenskyy, who attended the talks, told a news conference that Ukraine was ready to discuss an "
    "“economic free zone” in the part of the Donetsk region it still holds, including Kramatorsk, Sloviansk and "
    "Druzhkivka, if the arrangement were put to a referendum.\n"
    "Russia has demanded that Ukraine withdraw from the whole of the Donbas and has rejected any deployment of "
    "European troops. Kremlin spokesman Dmitry Peskov said on Monday that Moscow had not been consulted and "
    "would study the statement.\n"
    "The Zaporizhzhia nuclear power plant at Enerhodar, Europe’s largest, would be operated jointly under one "
    "US proposal, officials familiar with the talks said. The International Atomic Energy Agency said its team "
    "at the plant had helped arrange a local truce last week to allow repairs to a power line.\n"
    "Talks on the text of a framework agreement would continue in Miami next week, US officials said.\n",
    [],
)

QUIET_CHRISTMAS = (
    "2026-01-07",
    "Ukrainians mark Orthodox Christmas in shelters and candlelight as economy braces for hard winter\n"
    "Odesa, Ukraine - Hundreds of worshippers packed the Holy Transfiguration Cathedral in Odesa on Wednesday "
    "for Orthodox Christmas services, although most Ukrainian churches now celebrate on December 25 after the "
    "country moved its church calendar in 2023.\n"
    "In Kharkiv, less than 30 km from the Russian border, a children’s choir sang carols in the metro, where "
    "schools have held classes underground since 2022. In Zaporizhzhia, a small Christmas market opened on the "
    "central Sobornyi Avenue with stalls run by families displaced from Melitopol and Berdiansk.\n"
    "Air raid sirens sounded twice in Kyiv during the evening, but the city’s military administration reported "
    "no attacks.\n"
    "The National Bank of Ukraine kept its key rate at 15.5 percent and forecast economic growth of about 2 "
    "percent this year, warning that power outages and labour shortages would weigh on industry in the Dnipro "
    "and Kryvyi Rih regions.\n"
    "Ukraine’s steel output fell 20 percent last year after the Pokrovsk coking coal mine, the country’s only "
    "one, halted production as the front line approached, the industry association Ukrmetalurgprom said.\n"
    "Retailers in Lviv and Ivano-Frankivsk reported record holiday sales, helped by visitors from the east and "
    "by Ukrainians working in Poland returning home for the holidays.\n",
    [],
)

SIXTEENTH_SET = {
    "s16-aj-day-1393": AJ_DAY_1393,
    "s16-aj-day-1411": AJ_DAY_1411,
    "s16-reuters-grid": REUTERS_GRID,
    "s16-reuters-saratov": REUTERS_SARATOV,
    "s16-aj-day-1425": AJ_DAY_1425,
    "s16-ki-ternuvate": KI_TERNUVATE,
    "s16-aj-day-1433": AJ_DAY_1433,
    "s16-quiet-guarantees": QUIET_GUARANTEES,
    "s16-quiet-christmas": QUIET_CHRISTMAS,
}
QUIET = {"s16-quiet-guarantees", "s16-quiet-christmas"}

# What the coder still gets wrong on this set (strict: a fix that closes one turns its test green, and the entry
# must go). Gold events missed or with a wrong field:
SIXTEENTH_GAPS: dict[str, str] = {}
# Events coded that match no gold event:
SIXTEENTH_INVENTED: dict[str, str] = {}
