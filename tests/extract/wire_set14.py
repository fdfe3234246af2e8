"""Set 14: English copy from regional and partisan outlets, Dec 2025 - Jan 2026, written for these tests and
scored once before any fix (the README gives both scores).

A Kyiv Independent daily toll round-up (oblast by oblast, hromadas, launch directions), a TASS relay of the Russian
Defence Ministry (Russian spellings: Gulyaipole, Konstantinovka, Kupyansk-Uzlovoy, Nikolayev, Gorlovka; "Kiev
regime", "the special military operation zone"), an Ukrainska Pravda strikes-and-front piece (claims by each side,
one denied by the other), Times of Israel and Al-Manar on south Lebanon, Sudan Tribune and Radio Dabanga on
Kordofan and Darfur, The Irrawaddy and Myanmar Now on the junta's war and election. None is taken from any corpus.

Places no gazetteer holds (Aitaroun, Mahmoudiyeh, Odaisseh, Depayin, Singu, Kani) keep their real coordinates with
the seed gold's tolerance for such places (150 km: expected at region level); Kyaukphyu is held, as Kyaukpyu.

Attribution follows the outlet: a side's media telling its own forces' success is "claimed"; the side that was
hit telling the attack on it is "reported"; an act told by both the side that did it and the side it hit is
"reported"; a claim the other side denies is "disputed".
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

VAC = "Violence against civilians"

KI_ROUNDUP = (
    "2026-01-14",
    "Russian attacks kill 6, injure 21 across Ukraine over past day\n\n"
    "Russian attacks killed six people and injured 21 others across Ukraine over the past day, regional "
    "authorities said on Jan. 14.\n\n"
    "Russia launched 97 Shahed-type and decoy drones at Ukraine overnight from the Kursk, Oryol and Millerovo "
    "directions, the Air Force said. Air defense downed or suppressed 78 of them, while hits by 19 drones were "
    "recorded at 11 locations.\n\n"
    "In Kharkiv Oblast, a drone hit a private house in the village of Kivsharivka in the Kupiansk district, "
    "killing a 58-year-old woman and injuring two men, Governor Oleh Syniehubov said. In the evening, a guided "
    "aerial bomb struck an industrial facility in Kharkiv's Kholodnohirskyi district, injuring six employees.\n\n"
    "Russian forces struck Kramatorsk with two glide bombs, Donetsk Oblast Governor Vadym Filashkin reported. Two "
    "civilians were killed and four were wounded. Another resident was killed in the Dobropillia hromada.\n\n"
    "Russian troops shelled 28 settlements in Kherson Oblast, including Bilozerka and Antonivka. In Kherson "
    "itself, artillery fire hit the Dniprovskyi district, killing a 64-year-old man and injuring three people, "
    "the regional military administration said.\n\n"
    "Russian forces carried out 412 attacks on 17 settlements in Zaporizhzhia Oblast over the past day, Governor "
    "Ivan Fedorov said. A drone hit a high-rise building in Zaporizhzhia, injuring four people, and a man was "
    "wounded by shelling in Orikhiv.\n\n"
    "In Dnipropetrovsk Oblast, Russian artillery and drones attacked Nikopol and the Pokrovske hromada "
    "throughout the day. A 47-year-old man was injured in Nikopol, the regional administration said.\n\n"
    "In Sumy Oblast, an FPV drone struck a car near the village of Krasnopillia, some 35 kilometers east of "
    "Sumy, killing the driver, the regional military administration reported.\n",
    [
        Gold(49.630, 37.700, 10, "2026-01-13", 1, EXP, 1, 2, "reported"),  # Kivsharivka
        Gold(49.9935, 36.2304, 25, "2026-01-13", 1, EXP, None, 6, "reported"),  # Kharkiv
        Gold(48.7305, 37.5563, 10, "2026-01-13", 1, EXP, 2, 4, "reported"),  # Kramatorsk
        Gold(48.4626, 37.0838, 15, "2026-01-13", 1, EXP, 1, None, "reported"),  # Dobropillia hromada
        Gold(46.6333, 32.3833, 10, "2026-01-13", 1, EXP, None, None, "reported"),  # Bilozerka
        Gold(46.6650, 32.7180, 10, "2026-01-13", 1, EXP, None, None, "reported"),  # Antonivka, by Kherson
        Gold(46.6354, 32.6169, 25, "2026-01-13", 1, EXP, 1, 3, "reported"),  # Kherson
        Gold(47.8388, 35.1396, 25, "2026-01-13", 1, EXP, None, 4, "reported"),  # Zaporizhzhia
        Gold(47.5675, 35.7856, 10, "2026-01-13", 1, EXP, None, 1, "reported"),  # Orikhiv
        Gold(47.5667, 34.4061, 10, "2026-01-13", 1, EXP, None, 1, "reported"),  # Nikopol
        Gold(47.9853, 36.2365, 15, "2026-01-13", 1, EXP, None, None, "reported"),  # Pokrovske hromada
        Gold(50.7747, 35.2699, 10, "2026-01-13", 1, EXP, 1, None, "reported"),  # Krasnopillia, not Sumy
        # Ukraine's own air defence downing drones over unnamed places: the seed codes it at the country
        Gold(49.0, 31.4, 800, "2026-01-14", 1, STRAT, None, None, "claimed"),
    ],
)

TASS_MOD = (
    "2025-12-20",
    "Russian forces liberate Gulyaipole in Zaporozhye Region — Defense Ministry\n\n"
    "MOSCOW, December 20. /TASS/. Units of the Battlegroup East have liberated the town of Gulyaipole in the "
    "Zaporozhye Region as a result of decisive offensive operations, the Russian Defense Ministry reported on "
    "Saturday.\n\n"
    '"Units of the Battlegroup South continued to clear the western part of Konstantinovka in the Donetsk '
    "People's Republic of Ukrainian formations and repelled four counterattacks by assault groups of the "
    'Ukrainian armed forces," the ministry said in a statement. Konstantinovka, some 20 km southwest of '
    "Artemovsk, is one of the last large cities of the DPR still under Kiev's control.\n\n"
    "Battlegroup West units struck manpower and hardware of two Ukrainian mechanized brigades near "
    "Kupyansk-Uzlovoy in the Kharkov Region. The enemy lost up to 230 servicemen, two tanks and five field "
    "artillery guns in that area over the past day, the ministry said.\n\n"
    "Iskander-M missiles hit a shipyard in Nikolayev where the Kiev regime assembled unmanned boats, the ministry "
    "added. In all, operational-tactical aviation, drones, missile troops and artillery struck temporary "
    "deployment sites of Ukrainian formations in 149 areas in the special military operation zone.\n\n"
    "Air defenses intercepted and destroyed 68 Ukrainian UAVs over the Belgorod, Kursk and Bryansk regions "
    "overnight. Twelve more drones flying toward Moscow were shot down over the Moscow Region, Mayor Sergey "
    "Sobyanin wrote on his Telegram channel.\n\n"
    "In the Belgorod Region, a Ukrainian drone attacked a passenger minibus on the outskirts of Shebekino on "
    "Friday, injuring five people, including a child, Governor Vyacheslav Gladkov said.\n\n"
    "The Ukrainian armed forces also shelled Gorlovka with cluster munitions, killing a woman and wounding two "
    "men, city head Ivan Prikhodko said.\n",
    [
        Gold(47.6633, 36.2597, 10, "2025-12-20", 1, BAT, None, None, "claimed"),  # Huliaipole
        Gold(48.5277, 37.7059, 10, "2025-12-20", 1, BAT, None, None, "claimed"),  # Kostiantynivka
        # "struck manpower and hardware near": an attack by unnamed means; the "lost up to 230" is the area's
        # losses (killed and wounded), not this strike's toll
        Gold(49.6700, 37.6800, 10, "2025-12-20", 1, EXP, None, None, "claimed"),  # Kupiansk-Vuzlovyi
        Gold(46.9659, 31.9974, 25, "2025-12-20", 1, EXP, None, None, "claimed"),  # Mykolaiv
        Gold(50.4097, 36.8876, 10, "2025-12-19", 1, EXP, None, 5, "reported"),  # Shebekino
        Gold(50.5977, 36.5858, 150, "2025-12-20", 1, STRAT, None, None, "claimed"),  # Belgorod region
        Gold(51.7373, 36.1874, 150, "2025-12-20", 1, STRAT, None, None, "claimed"),  # Kursk region
        Gold(53.2521, 34.3717, 150, "2025-12-20", 1, STRAT, None, None, "claimed"),  # Bryansk region
        Gold(55.7558, 37.6173, 150, "2025-12-20", 1, STRAT, None, None, "claimed"),  # Moscow region
        Gold(48.2997, 38.0549, 15, "2025-12-20", 1, EXP, 1, 2, "reported"),  # Horlivka
    ],
)

UP_STRIKES = (
    "2025-12-17",
    "General Staff confirms hit on Saratov refinery; Syrskyi says Kupiansk nearly cleared of Russians\n\n"
    "Ukraine's Defence Forces struck the Saratov oil refinery in Russia overnight on 17 December, the General "
    "Staff of the Armed Forces of Ukraine reported. A fire broke out in the area of the primary oil refining "
    "unit; the extent of the damage is being clarified.\n\n"
    "The refinery, one of the suppliers of fuel to the Russian army, lies on the southern outskirts of Saratov, "
    "about 600 km from the Ukrainian border.\n\n"
    "Commander-in-Chief Oleksandr Syrskyi, speaking at a briefing in Kyiv on 16 December, said Ukrainian units "
    "had cleared about 90% of Kupiansk in Kharkiv Oblast and encircled the remaining Russian troops in the north "
    "of the city. Russia's Defence Ministry insists it took Kupiansk in November and calls reports of Ukrainian "
    "advances there disinformation.\n\n"
    "The Russian ministry also claimed on 16 December that its troops had captured Vovchansk, a town near the "
    "border in the same oblast. The Joint Forces Task Force denied this, saying Ukrainian units continue to hold "
    "positions in the town and fighting is ongoing.\n\n"
    "Operators of the Special Operations Forces hit a Russian Pantsir-S1 air defence system near Oleshky in "
    "temporarily occupied Kherson Oblast on Tuesday, the SSO said on Telegram.\n\n"
    "Meanwhile, Russian drones attacked the Danube port of Izmail in Odesa Oblast overnight, damaging a grain "
    "terminal and a vessel, Governor Oleh Kiper said. A port worker was killed. Two other people were also "
    "injured. The drones were launched from the directions of Primorsko-Akhtarsk and Hvardiiske in occupied "
    "Crimea, the Air Force said.\n",
    [
        Gold(51.5331, 46.0342, 25, "2025-12-17", 1, EXP, None, None, "claimed"),  # Saratov refinery
        # Ukraine's claim of clearing the town, contradicted by Russia's insistence that it holds it
        Gold(49.7106, 37.6156, 10, "2025-12-16", 1, BAT, None, None, "disputed", "Russia"),  # Kupiansk
        Gold(49.7106, 37.6156, 10, "2025-11-20", 10, BAT, None, None, "claimed", background=True),
        Gold(50.2906, 36.9411, 10, "2025-12-16", 1, BAT, None, None, "disputed", "Ukraine"),  # Vovchansk
        Gold(46.6250, 32.7200, 10, "2025-12-16", 1, EXP, None, None, "claimed"),  # Oleshky
        Gold(45.3516, 28.8365, 15, "2025-12-17", 1, EXP, 1, 2, "reported"),  # Izmail
    ],
)

TOI_LEBANON = (
    "2026-01-08",
    "IDF says it killed Hezbollah operative in south Lebanon drone strike\n\n"
    "The Israel Defense Forces said Thursday it had killed a Hezbollah operative in a drone strike in southern "
    "Lebanon, as Israel keeps up near-daily strikes on the Iran-backed terror group despite the November 2024 "
    "ceasefire.\n\n"
    "According to the military, the operative had been working to rebuild Hezbollah's infrastructure in the "
    "Bint Jbeil area. Lebanon's Health Ministry said a drone strike on a motorcycle on the road between Bint "
    "Jbeil and Aynata killed one person.\n\n"
    "Later Thursday, the IDF said fighter jets struck Hezbollah weapons depots and a rocket launcher in the "
    "Nabatieh area, north of the Litani River. There were no reports of casualties.\n\n"
    "The strikes came a day after IDF Chief of Staff Lt. Gen. Eyal Zamir, touring the Northern Command "
    'headquarters in Safed, warned that Israel would act "with force" if the Lebanese army failed to disarm '
    "the terror group north of the Litani.\n\n"
    "Lebanon's Health Ministry says Israeli strikes have killed more than 340 people in the country since the "
    "ceasefire took effect.\n",
    [
        # told by the side that struck and by the side it hit
        Gold(33.1197, 35.4336, 10, "2026-01-08", 1, EXP, 1, None, "reported"),  # Bint Jbeil
        Gold(33.3772, 35.4836, 15, "2026-01-08", 1, EXP, 0, 0, "claimed"),  # Nabatieh
    ],
)

ALMANAR_SOUTH = (
    "2026-01-10",
    "Israeli Enemy Drone Strike on Car in Aitaroun Leaves One Martyr, Two Wounded\n\n"
    "An Israeli enemy drone targeted a car on the road between Aitaroun and Blida in south Lebanon on Friday, "
    "in a new violation of the ceasefire agreement.\n\n"
    "The Health Ministry's Emergency Operations Center said in a statement that the raid left one martyr and "
    "two wounded.\n\n"
    "The Israeli enemy army claimed in a statement that the driver was a Hezbollah member.\n\n"
    "In a separate aggression, enemy warplanes carried out a series of raids on the outskirts of Mahmoudiyeh in "
    "the Jezzine district on Friday afternoon, Al-Manar's correspondent reported.\n\n"
    "At dawn, Israeli occupation troops blew up several houses in the border town of Odaisseh, the "
    "correspondent added.\n\n"
    "Speaking in Beirut, the head of the Loyalty to the Resistance bloc, MP Mohammad Raad, said the resistance "
    "would not hand over its weapons while the occupation continues its aggression.\n",
    [
        Gold(33.1167, 35.4667, 150, "2026-01-09", 1, EXP, 1, 2, "reported"),  # Aitaroun (not Blida, Algeria)
        Gold(33.4200, 35.5500, 150, "2026-01-09", 1, EXP, None, None, "reported"),  # Mahmoudiyeh
        Gold(33.2553, 35.5497, 150, "2026-01-09", 1, STRAT, None, None, "reported"),  # Odaisseh demolitions
    ],
)

SUDAN_TRIBUNE = (
    "2025-12-02",
    "RSF claims capture of Babanusa army base, army denies\n\n"
    "EL OBEID – The Rapid Support Forces (RSF) claimed on Monday that they had seized the headquarters of the "
    "Sudanese army's 22nd Infantry Division in Babanusa, West Kordofan, after a siege lasting nearly two "
    "years.\n\n"
    "In a video circulated on social media, RSF fighters were seen inside what they said was the division's "
    'command building. RSF spokesperson al-Fateh Qurashi said the paramilitary had "liberated" the garrison '
    "and captured dozens of soldiers.\n\n"
    "The Sudanese army denied the claim. A military source in El Obeid told Sudan Tribune that the division's "
    "troops remained in their positions and had repelled three assaults since Sunday.\n\n"
    "In South Kordofan, a drone strike on the main market in Dilling on Sunday killed nine civilians and injured "
    "17 others, the South Kordofan emergency lawyers group said. It blamed the RSF and its ally, the SPLM-N led "
    "by Abdelaziz al-Hilu, which have besieged the town for months.\n\n"
    "Separately, the army said its drones had targeted RSF gatherings and fuel depots in Kutum, north of El "
    "Fasher, on Monday, killing dozens of the militia's fighters.\n",
    [
        Gold(11.3333, 27.8167, 10, "2025-12-01", 1, BAT, None, None, "disputed", "Sudanese army"),  # Babanusa
        Gold(12.0500, 29.6500, 10, "2025-11-30", 1, EXP, 9, 17, "reported"),  # Dilling
        Gold(14.2000, 24.6667, 10, "2025-12-01", 1, EXP, None, None, "claimed"),  # Kutum, not El Fasher
    ],
)

DABANGA_KORDOFAN = (
    "2025-12-18",
    "Drone strike kills six in Kadugli as RSF raids villages near Bara\n\n"
    "KADUGLI / BARA – At least six people were killed and 12 others injured when a drone struck a residential "
    "neighbourhood in Kadugli, the capital of South Kordofan, on Tuesday, residents told Radio Dabanga.\n\n"
    "They said the drone came from the direction of areas controlled by the RSF and the SPLM-N al-Hilu west of "
    "the city.\n\n"
    "In North Kordofan, RSF fighters raided three villages west of Bara on Wednesday, shooting dead four herders "
    "and looting hundreds of heads of livestock, a community leader said. Families fled towards El Obeid, some "
    "60 kilometres to the south.\n\n"
    "The RSF said on its Telegram channel that its air defences shot down an army drone over Nyala, the capital "
    "of South Darfur, on Wednesday.\n",
    [
        Gold(11.0111, 29.7183, 15, "2025-12-16", 1, EXP, 6, 12, "reported"),  # Kadugli
        Gold(13.7000, 30.3667, 20, "2025-12-17", 1, VAC, 4, None, "reported"),  # villages west of Bara
        Gold(12.0500, 24.8833, 15, "2025-12-17", 1, STRAT, None, None, "claimed"),  # Nyala
    ],
)

IRRAWADDY_SAGAING = (
    "2026-01-07",
    "Junta Airstrike Kills 11 Civilians in Sagaing's Depayin Township\n\n"
    "A junta airstrike on a village in Depayin Township, Sagaing Region, killed 11 civilians, including four "
    "children, on Monday afternoon, residents and local resistance groups said.\n\n"
    "A Y-12 aircraft dropped two bombs on Chaung Yoe village at around 2 pm, a member of the local People's "
    "Defense Force told The Irrawaddy. Seven other villagers were injured, three of them seriously.\n\n"
    "In Mandalay Region, the Mandalay People's Defense Force (MDY-PDF) said its fighters and allied troops "
    "overran a junta outpost near Singu town on Sunday after a three-day battle, killing at least 15 regime "
    "soldiers. The regime has not commented on the claim.\n\n"
    "In Rakhine State, junta navy vessels shelled villages near Kyaukphyu on Sunday, killing three residents, "
    "the Arakan Army said. Kyaukphyu is home to Chinese-backed deep-sea port and oil and gas pipeline "
    "projects.\n\n"
    "The regime will hold the second phase of its election on Jan. 11 in 100 townships, including parts of "
    "Sagaing and Mandalay regions.\n",
    [
        Gold(22.6900, 95.3300, 150, "2026-01-05", 1, EXP, 11, 7, "reported"),  # Depayin (Tabayin)
        Gold(22.5500, 96.0000, 150, "2026-01-04", 2, BAT, 15, None, "claimed"),  # Singu
        Gold(19.4292, 93.5494, 15, "2026-01-04", 1, EXP, 3, None, "reported"),  # Kyaukphyu
    ],
)

MYANMAR_NOW_POLL = (
    "2025-12-29",
    "Rockets and bomb blasts mar first phase of junta's election\n\n"
    "Two rockets landed near a polling station in Myawaddy on the Thai border on Sunday morning, injuring three "
    "people, residents told Myanmar Now. No group claimed responsibility for the attack.\n\n"
    "In Mandalay, a homemade bomb exploded near a polling station in Chanmyathazi Township shortly before voting "
    "began. Nobody was hurt, according to a local election official.\n\n"
    "In Sagaing Region's Kani Township, a local resistance force said its fighters ambushed a junta convoy "
    "carrying ballot boxes on Sunday, killing five soldiers. The junta's information ministry denied that any "
    "convoy had been attacked, calling the report fabricated.\n\n"
    "The regime says the vote, held in 102 townships, was peaceful; resistance groups and the National Unity "
    "Government called the poll a sham.\n",
    [
        Gold(16.6886, 98.5083, 10, "2025-12-28", 1, EXP, None, 3, "reported"),  # Myawaddy
        Gold(21.9747, 96.0836, 25, "2025-12-28", 1, EXP, 0, 0, "reported"),  # Mandalay
        Gold(22.4333, 94.8500, 150, "2025-12-28", 1, BAT, 5, None, "disputed", "Myanmar military"),  # Kani
    ],
)

KI_EU_LOAN = (
    "2025-12-19",
    "EU leaders agree on 90-billion-euro loan for Ukraine, shelve reparations plan\n\n"
    "EU leaders agreed early on Dec. 19 to lend Ukraine 90 billion euros over the next two years, financed by "
    "joint borrowing, after Belgium blocked the use of immobilized Russian assets for a so-called reparations "
    "loan.\n\n"
    "The deal, struck after a 16-hour summit in Brussels, will cover about two-thirds of Kyiv's financing needs "
    "for 2026 and 2027, European Council President Antonio Costa said. Hungary, Slovakia and the Czech Republic "
    "will not take part in the borrowing.\n\n"
    "Belgian Prime Minister Bart De Wever had fought the reparations plan for weeks, warning that Euroclear, the "
    "Brussels-based depository that holds most of the frozen assets, could face legal attacks from Moscow.\n\n"
    "President Volodymyr Zelensky, who attended the summit in person, called the decision significant support "
    "for Ukraine's resilience. Speaking to reporters in Brussels, he said the money would go to the budget, "
    "weapons production and air defense.\n\n"
    'The Kremlin said the outcome showed that the "robbery" of Russian assets had failed. Kirill Dmitriev, '
    "Putin's envoy for economic affairs, wrote that the voices of reason had shot down the plan.\n",
    [],
)

IRRAWADDY_RESULTS = (
    "2026-01-02",
    "USDP Claims Landslide in First Phase of Junta's Election\n\n"
    "The military's proxy Union Solidarity and Development Party (USDP) won 38 of the 40 lower house seats "
    "declared so far from the first phase of the junta's election, the regime's Union Election Commission "
    "announced in Naypyitaw on Thursday.\n\n"
    "The party swept every constituency in Naypyitaw and most of those in Yangon and Mandalay, where turnout "
    "hit barely a third of eligible voters, according to independent monitors.\n\n"
    "Smaller parties that fought the poll complained of pressure on voters. The Shan Nationalities League for "
    "Democracy, which took two seats in Taunggyi, said it would not challenge the results.\n\n"
    "China, Russia and India sent observers; Western governments dismissed the vote as a bid by Min Aung Hlaing "
    "to shore up his rule.\n",
    [],
)

FOURTEENTH_SET = {
    "s14-ki-roundup": KI_ROUNDUP,
    "s14-tass-mod": TASS_MOD,
    "s14-up-strikes": UP_STRIKES,
    "s14-toi-lebanon": TOI_LEBANON,
    "s14-almanar-south": ALMANAR_SOUTH,
    "s14-sudan-tribune": SUDAN_TRIBUNE,
    "s14-dabanga-kordofan": DABANGA_KORDOFAN,
    "s14-irrawaddy-sagaing": IRRAWADDY_SAGAING,
    "s14-myanmar-now-poll": MYANMAR_NOW_POLL,
    "s14-ki-eu-loan": KI_EU_LOAN,
    "s14-irrawaddy-results": IRRAWADDY_RESULTS,
}
QUIET = {"s14-ki-eu-loan", "s14-irrawaddy-results"}

# What the coder still gets wrong on this set (strict: a fix that closes one turns its test green, and the entry
# must go). Gold events missed or with a wrong field:
FOURTEENTH_GAPS = {
    "s14-ki-roundup": "Pokrovske read as the hromada by Nikopol (debatable gold: Synelnykove raion's)",
    "s14-tass-mod": "Kupyansk-Uzlovoy strike reported, not claimed (the source is in the next sentence)",
    "s14-almanar-south": "all three found (Aitaroun and Odaisseh, in no gazetteer, at Lebanon, region precision; "
    "Mahmoudiyeh by its Jezzine district), but the scorer pairs the Aitaroun gold with the Jezzine event (48 km, "
    "within 150) and the Mahmoudiyeh gold with the Lebanon one, so their tolls count as wrong",
    "s14-irrawaddy-sagaing": "Depayin, Singu missed",
    "s14-myanmar-now-poll": "Kani's ambush (Kani Township in no gazetteer) is coded at Sagaing Region, region level, "
    "whose point (the middle of its places, 24.5 N) lies 230 km from Kani: missed by the 150 km tolerance",
}
# Events coded that match no gold event:
FOURTEENTH_INVENTED = {
    "s14-myanmar-now-poll": "Kani's ambush at Sagaing Region (region level; see FOURTEENTH_GAPS)",
    "s14-ki-roundup": "the Pokrovske hromada by Nikopol (the gold has the Synelnykove raion's: debatable)",
    "s14-irrawaddy-sagaing": "Sagaing Region for Depayin",
}
