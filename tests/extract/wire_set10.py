"""A tenth wire-style set: the honest estimate for unseen copy. Written without reading sets 7-9 or their
fixes, its gold fixed before the coder ran on it, and scored once before any change (scores in the README).

It mirrors what the held-out set most likely is: two Al Jazeera-style "list of key events" bullet digests and
an Al Jazeera story about one night's attacks (Dec 2025 - Jan 2026), a Reuters-style story with a capture that
Ukraine denies, an Al Jazeera Gaza story with a Lebanon paragraph, and a quiet energy-diplomacy story. The traps
are deliberate: tolls in words and split across bullets, "were also injured", children among the wounded,
cumulative tolls, governors and mayors, captures claimed and denied bullets apart, distance references,
speakers' locations, launch regions, the qualifying region, a namesake (Pokrovske, not Pokrovsk), villages the
gazetteer lacks (coded at region level as the seed gold codes them: the region's centre, 150 km).

All sentences are written for these tests; none is taken from a corpus or a published article.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

UKRAINE = (49.0, 31.4)  # drones downed over Ukraine with no place named, as the seed gold codes them

DAY_1413 = (
    "2026-01-07",
    "Russia-Ukraine war: List of key events, day 1,413 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,413 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Wednesday, January 7:\n"
    "\n"
    "Fighting\n"
    "\n"
    "  • Russian drones and missiles struck the central city of Dnipro overnight, killing three people, "
    "including a 12-year-old boy, and damaging a nine-storey apartment building, Dnipropetrovsk Governor "
    "Serhiy Lysak said.\n"
    "  • Twenty-two people were wounded in the Dnipro attack, four of them children, Lysak added on "
    "Telegram.\n"
    "  • In the Zaporizhzhia region, Russian artillery fire on the town of Orikhiv killed two men, Governor "
    "Ivan Fedorov said. A 59-year-old woman was also injured.\n"
    "  • A Russian guided aerial bomb hit the centre of Sloviansk, about 15km (9 miles) north of Kramatorsk, "
    "killing one person and injuring five, the head of the city’s military administration, Vadym Liakh, "
    "said.\n"
    "  • Russia’s Ministry of Defence said its forces had taken control of the village of Hryshyne in the "
    "Donetsk region and of Podoly, a village on the eastern bank of the Oskil River opposite Kupiansk in the "
    "Kharkiv region.\n"
    "  • Ukraine’s General Staff said its drones had hit an oil depot in the town of Liski in Russia’s "
    "Voronezh region, some 150km (90 miles) from the Ukrainian border, causing a large fire.\n"
    "  • The General Staff also said Russian claims to have captured Podoly were “false”, and that Ukrainian "
    "troops continued to hold positions in the village.\n"
    "  • Voronezh Governor Alexander Gusev said air defence units had destroyed 17 Ukrainian drones over the "
    "region overnight, and that falling debris had damaged two houses. No one was hurt, he said.\n"
    "  • Ukraine’s air force said Russia launched 97 drones and three Iskander-M ballistic missiles "
    "overnight from the Kursk, Oryol and Bryansk regions and from Russian-occupied Crimea. Air defences shot "
    "down or suppressed 74 of the drones, it said.\n"
    "\n"
    "Diplomacy\n"
    "\n"
    "  • Leaders of the so-called Coalition of the Willing met in Paris on Tuesday, where France and the "
    "United Kingdom signed a declaration of intent on sending troops to Ukraine after a ceasefire, French "
    "President Emmanuel Macron said.\n"
    "  • Kremlin spokesman Dmitry Peskov, speaking to reporters in Moscow, said any Western troops deployed in "
    "Ukraine would be “legitimate targets” for Russia’s armed forces.\n"
    "  • Ukrainian President Volodymyr Zelenskyy said in his nightly address that Ukraine needed more air "
    "defence systems to protect cities such as Dnipro and Kharkiv from Russian missiles.\n"
    "\n"
    "Energy\n"
    "\n"
    "  • Ukraine’s state energy company Naftogaz said it had imported 1.2 billion cubic metres of gas since "
    "October to make up for lost domestic production.\n",
    [
        Gold(48.47, 35.04, 25, "2026-01-06", 1, EXP, 3, 22, "reported"),  # Dnipro, toll in two bullets
        Gold(47.58, 35.78, 10, "2026-01-06", 1, EXP, 2, 1, "reported"),  # Orikhiv, not Zaporizhzhia
        Gold(48.85, 37.60, 10, "2026-01-06", 1, EXP, 1, 5, "reported"),  # Sloviansk, not Kramatorsk
        Gold(48.33, 37.08, 10, "2026-01-06", 1, BAT, None, None, "claimed"),  # Hryshyne, the ministry only
        Gold(49.69, 37.68, 10, "2026-01-06", 1, BAT, None, None, "disputed", "Ukraine"),  # Podoly
        Gold(50.98, 39.50, 10, "2026-01-06", 1, EXP, None, None, "claimed"),  # Liski, Ukraine's word
        # the governor's downed drones over his region, with his "no one was hurt"
        Gold(51.67, 39.19, 150, "2026-01-06", 1, STRAT, 0, 0, "claimed"),
        Gold(*UKRAINE, 800, "2026-01-06", 1, STRAT, None, None, "claimed"),  # the air force's count
    ],
)

DAY_1394 = (
    "2025-12-19",
    "Russia-Ukraine war: List of key events, day 1,394 | Russia-Ukraine war News\n"
    "\n"
    "These are the key developments from day 1,394 of Russia’s war on Ukraine.\n"
    "\n"
    "Here is where things stand on Friday, December 19:\n"
    "\n"
    "Fighting\n"
    "\n"
    "  • A Russian missile attack on the southern port city of Odesa late on Thursday damaged energy "
    "facilities and set a warehouse on fire, the regional administration said.\n"
    "  • One person was killed and seven others were wounded in the strike, among them a child, Odesa "
    "Governor Oleh Kiper said on Friday morning.\n"
    "  • Russian shelling in the southern Kherson region over the past day killed two people and injured "
    "nine, Governor Oleksandr Prokudin said. Since the start of December, Russian attacks have killed 27 "
    "civilians in the region, according to the regional prosecutor’s office.\n"
    "  • In Russia’s Belgorod region, a Ukrainian drone hit a minibus near the village of Maslova Pristan, "
    "killing the driver and wounding three passengers, Governor Vyacheslav Gladkov said.\n"
    "  • Russia’s Ministry of Defence said its forces had captured the town of Vovchansk in the Kharkiv "
    "region, as well as the villages of Ternuvate and Kosivtseve in the Zaporizhzhia region.\n"
    "  • Ukraine’s General Staff said its drones had struck the Salavat petrochemical plant in Russia’s "
    "Bashkortostan republic, some 1,400km (870 miles) from the front line, for the second time this month.\n"
    "  • The Khortytsia group of Ukraine’s armed forces said fighting was continuing inside Vovchansk and "
    "that Moscow’s claims of its capture were “not true”.\n"
    "  • Ukraine’s air force said it had shot down 58 of the 82 drones Russia launched overnight.\n"
    "  • Russian-installed officials in the occupied city of Enerhodar, where the Zaporizhzhia nuclear power "
    "plant is located, said a Ukrainian drone struck a bus carrying plant workers, injuring three of them. "
    "Ukraine’s military denied targeting the city.\n"
    "\n"
    "Politics and diplomacy\n"
    "\n"
    "  • European Union leaders meeting in Brussels agreed to lend Ukraine 90 billion euros ($105bn) over the "
    "next two years, European Council President Antonio Costa said.\n"
    "  • Russian President Vladimir Putin told his annual year-end news conference in Moscow that Russian "
    "troops were advancing along the entire front line and that Moscow would achieve all its goals.\n",
    [
        Gold(46.48, 30.73, 25, "2025-12-18", 1, EXP, 1, 7, "reported"),  # Odesa, the toll in the next bullet
        # the region's day: no town named; the month's 27 is a cumulative toll, not an event
        Gold(46.64, 32.61, 150, "2025-12-18", 1, EXP, 2, 9, "reported"),
        Gold(50.46, 36.72, 10, "2025-12-18", 1, EXP, 1, 3, "reported"),  # Maslova Pristan, the driver
        Gold(50.29, 36.94, 10, "2025-12-18", 1, BAT, None, None, "disputed", "Ukraine"),  # Vovchansk
        Gold(47.83, 36.13, 10, "2025-12-18", 1, BAT, None, None, "claimed"),  # Ternuvate
        # Kosivtseve is not in the gazetteer: the Zaporizhzhia region at its centre
        Gold(47.85, 35.12, 150, "2025-12-18", 1, BAT, None, None, "claimed"),
        Gold(53.38, 55.91, 15, "2025-12-18", 1, EXP, None, None, "claimed"),  # Salavat plant, Ukraine's word
        Gold(*UKRAINE, 800, "2025-12-18", 1, STRAT, None, None, "claimed"),  # 58 of 82 drones
        # told by Moscow's officials of the town, denied by Ukraine (the plant is at the town, no other place)
        Gold(47.49, 34.66, 10, "2025-12-18", 1, EXP, None, 3, "disputed", "Ukraine"),  # Enerhodar
    ],
)

AJ_NIGHT = (
    "2026-01-03",
    "Russian missiles hit Kharkiv as Ukraine hosts allies for security talks | Russia-Ukraine war News\n"
    "\n"
    "Russia has struck Ukraine with dozens of missiles and hundreds of drones overnight, killing at least four "
    "people and injuring more than 20, hours before national security advisers from Ukraine’s European allies "
    "were due to meet in Kyiv.\n"
    "\n"
    "A ballistic missile hit a five-storey residential building in Kharkiv, Ukraine’s second-largest city, "
    "late on Friday, killing two people, Mayor Ihor Terekhov said. The number of injured in the city rose to "
    "19 by the morning, among them a six-month-old baby and a 10-year-old girl, regional governor Oleh "
    "Syniehubov said on Telegram.\n"
    "\n"
    "In the Kyiv region, a drone attack on the town of Fastiv, about 60km (37 miles) southwest of Kyiv, "
    "killed a 68-year-old woman and started a fire at a railway depot, Governor Mykola Kalashnyk "
    "said. Three other people were also injured.\n"
    "\n"
    "Another person was killed in the northeastern Sumy region when a Russian drone struck a car in the town "
    "of Bilopillia, a few kilometres from the Russian border, the regional military administration said.\n"
    "\n"
    "Recommended Stories\n"
    "\n"
    "list of 4 itemsend of list\n"
    "\n"
    "Ukraine’s air force said Russia had fired 36 missiles and 519 drones, launching them from the Bryansk, "
    "Kursk and Oryol regions and from Primorsko-Akhtarsk in Russia’s Krasnodar region. Air defences downed "
    "31 of the missiles and 470 of the drones, it said.\n"
    "\n"
    "“The Russian army is trying to leave millions of people without heat and light in the middle of "
    "winter,” Zelenskyy wrote on X, adding that energy facilities in six regions had been hit.\n"
    "\n"
    "Russia’s Ministry of Defence said its forces had carried out a “massive strike” with long-range "
    "precision weapons, including Kinzhal hypersonic missiles, on Ukrainian defence industry sites and the "
    "energy facilities that supply them, and that all designated targets had been hit.\n"
    "\n"
    "Talks in Kyiv\n"
    "\n"
    "The attack came as security advisers from more than a dozen countries gathered in Kyiv on Saturday to "
    "prepare a summit of the so-called Coalition of the Willing in Paris next week.\n"
    "\n"
    "Al Jazeera’s Charles Stratford, reporting from Kyiv, said the strikes had cast a shadow over the "
    "meeting. “People here are exhausted, and the power cuts are getting longer,” he said.\n"
    "\n"
    "Moscow has demanded that Ukraine withdraw from the parts of the Donetsk region it still holds, a "
    "condition Kyiv has repeatedly rejected.\n"
    "\n"
    "Attacks on Russia\n"
    "\n"
    "In Russia, a Ukrainian drone struck a car in the border town of Graivoron in the Belgorod region, "
    "wounding two men, regional governor Vyacheslav Gladkov said.\n"
    "\n"
    "Russia’s Ministry of Defence said its air defences had destroyed 41 Ukrainian drones overnight, most of "
    "them over the Bryansk region.\n"
    "\n"
    "The ministry also said its troops had captured the village of Rivne in the Donetsk region. Ukraine’s "
    "military did not comment on the claim.\n",
    [
        Gold(49.98, 36.25, 25, "2026-01-02", 1, EXP, 2, 19, "reported"),  # Kharkiv, the morning's 19 injured
        Gold(50.08, 29.92, 10, "2026-01-02", 1, EXP, 1, 3, "reported"),  # Fastiv, not Kyiv
        Gold(51.15, 34.31, 10, "2026-01-02", 1, EXP, 1, None, "reported"),  # Bilopillia
        Gold(*UKRAINE, 800, "2026-01-02", 1, STRAT, None, None, "claimed"),  # missiles and drones downed
        Gold(50.48, 35.68, 10, "2026-01-02", 1, EXP, None, 2, "reported"),  # Graivoron, not the region
        # downed "most of them over the Bryansk region" (also named as a launch region above)
        Gold(53.27, 34.32, 150, "2026-01-02", 1, STRAT, None, None, "claimed"),
        # Rivne of the Donetsk region is not in the gazetteer: the region at its centre (not the city Rivne)
        Gold(48.02, 37.80, 150, "2026-01-02", 1, BAT, None, None, "claimed"),
    ],
)

REUTERS_HULIAIPOLE = (
    "2026-01-13",
    "Russia says it has captured Ukraine’s Huliaipole; Kyiv says fighting goes on\n"
    "\n"
    "KYIV/MOSCOW, Jan 13 (Reuters) - Russia’s defence ministry said on Tuesday its forces had taken full "
    "control of Huliaipole, a town in Ukraine’s southeastern Zaporizhzhia region that has been under assault "
    "for weeks, a claim Ukraine’s military dismissed as false.\n"
    "\n"
    "Ukraine’s Southern Defence Forces said Ukrainian units still held positions in the northern part of the "
    "town, which lies some 85 km (53 miles) east of the regional capital Zaporizhzhia, and that street "
    "fighting was continuing.\n"
    "\n"
    "Reuters could not independently verify battlefield reports from either side.\n"
    "\n"
    "The ministry also said its troops had seized the town of Pokrovske in the neighbouring Dnipropetrovsk "
    "region and had struck a drone assembly workshop in Kramatorsk. Kyiv did not comment on those claims.\n"
    "\n"
    "In the city of Zaporizhzhia, a Russian guided bomb hit an industrial facility on Monday, killing one "
    "worker and injuring 13 people, regional governor Ivan Fedorov said. Two of the injured were in serious "
    "condition, he said.\n"
    "\n"
    "Ukraine’s General Staff said its drones had struck the Tikhoretsk oil pumping station in Russia’s "
    "Krasnodar region overnight, part of a campaign to cut Moscow’s oil export revenue. Krasnodar regional "
    "authorities said a fire broke out at an industrial facility in the Tikhoretsk district after a drone "
    "attack and that there were no casualties.\n"
    "\n"
    "Russia’s defence ministry said air defence units had destroyed 22 Ukrainian drones over the Krasnodar "
    "region overnight.\n"
    "\n"
    "Kremlin spokesman Dmitry Peskov told reporters in Moscow that the fall of Huliaipole showed Kyiv should "
    "“make the necessary decisions” on withdrawing its troops from Donbas. Ukrainian President Volodymyr "
    "Zelenskyy, speaking in Kyiv, said Russia was using the talks to buy time for new offensives.\n",
    [
        Gold(47.67, 36.26, 10, "2026-01-13", 1, BAT, None, None, "disputed", "Ukraine"),  # Huliaipole
        Gold(47.98, 36.23, 10, "2026-01-13", 1, BAT, None, None, "claimed"),  # Pokrovske, not Pokrovsk
        Gold(48.73, 37.57, 10, "2026-01-12", 1, EXP, None, None, "claimed"),  # Kramatorsk, Russia's word
        Gold(47.84, 35.14, 15, "2026-01-12", 1, EXP, 1, 13, "reported"),  # Zaporizhzhia, Monday
        # Ukraine's strike, confirmed by the side hit (a fire, no casualties): reported, 0/0
        Gold(45.85, 40.12, 15, "2026-01-12", 1, EXP, 0, 0, "reported"),
        Gold(45.05, 38.98, 150, "2026-01-12", 1, STRAT, None, None, "claimed"),  # over the region
    ],
)

AJ_GAZA = (
    "2025-12-20",
    "Israeli attacks kill five in Gaza despite ceasefire, hospitals say | Israel-Palestine conflict News\n"
    "\n"
    "Israeli forces have killed at least five Palestinians across the Gaza Strip since dawn on Saturday, "
    "according to hospital sources, as Israel keeps up near-daily attacks despite the ceasefire that took "
    "effect in October.\n"
    "\n"
    "In Gaza City, an Israeli drone strike on a group of people near a school in the eastern Tuffah "
    "neighbourhood killed two men, al-Ahli Arab Hospital said.\n"
    "\n"
    "Israeli tank shelling killed a 17-year-old boy east of Khan Younis, near the so-called “yellow line” "
    "that marks the area still under Israeli army control, medical sources at Nasser Hospital said.\n"
    "\n"
    "In central Gaza, an air strike on a house in the Maghazi refugee camp killed two children and wounded "
    "six other people, three of them women, the Civil Defence said.\n"
    "\n"
    "Al Jazeera’s Hind Khoudary, reporting from Deir el-Balah, said families were too afraid to return to "
    "homes near the line. “Every day the line moves a little further west,” she said.\n"
    "\n"
    "The Israeli military said its aircraft had struck a tunnel shaft used by Hamas fighters in Rafah. Hamas "
    "denied that any of its members were in the area, calling the Israeli statement a pretext for violating "
    "the truce.\n"
    "\n"
    "Since the ceasefire began on October 10, Israeli attacks have killed more than 390 Palestinians and "
    "wounded over 1,000, according to the Ministry of Health in Gaza.\n"
    "\n"
    "In southern Lebanon, an Israeli drone strike on a car near the town of Bint Jbeil killed one person on "
    "Friday, Lebanon’s health ministry said. The Israeli military said it had targeted a Hezbollah member who "
    "was trying to rebuild the group’s infrastructure.\n",
    [
        Gold(31.50, 34.47, 15, "2025-12-20", 1, EXP, 2, None, "reported"),  # Gaza City, Tuffah
        Gold(31.34, 34.31, 10, "2025-12-20", 1, EXP, 1, None, "reported"),  # east of Khan Younis
        # the Maghazi camp is not in the gazetteer: the Gaza Strip at its centre (the camp is 2 km from it)
        Gold(31.41, 34.39, 150, "2025-12-20", 1, EXP, 2, 6, "reported"),
        Gold(31.30, 34.24, 10, "2025-12-20", 1, EXP, None, None, "disputed", "Hamas"),  # Rafah
        Gold(33.12, 35.43, 8, "2025-12-19", 1, EXP, 1, None, "reported"),  # near Bint Jbeil, Friday
    ],
)

REUTERS_GAS_LINK = (
    "2026-01-09",
    "Ukraine, Poland agree to expand gas link as Kyiv seeks winter imports\n"
    "\n"
    "WARSAW, Jan 8 (Reuters) - Ukraine and Poland signed an agreement on Thursday to expand the capacity of "
    "the gas interconnector between the two countries, as Kyiv seeks to import more fuel after months of "
    "Russian attacks on its gas production.\n"
    "\n"
    "The deal, signed in Warsaw by Ukraine’s energy minister and Poland’s climate minister, will raise "
    "capacity on the route by a third from April, the two governments said in a joint statement.\n"
    "\n"
    "Naftogaz chief executive Serhiy Koretskyi said the company had lost about 40% of its output after "
    "strikes on facilities in the Kharkiv and Poltava regions in October, and would need to buy around 4.4 "
    "billion cubic metres abroad before the end of March.\n"
    "\n"
    "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Europe’s refusal to buy Russian gas was "
    "“irrational” and was hurting its own industry.\n"
    "\n"
    "Poland has become the main hub for Western military and humanitarian aid to Ukraine since Russia’s "
    "full-scale invasion in February 2022, a war that has killed tens of thousands of people.\n",
    [],  # a quiet article: October's strikes are background, the war's toll is no event
)

TENTH_SET = {
    "s10-day-1413": DAY_1413,
    "s10-day-1394": DAY_1394,
    "s10-aj-night": AJ_NIGHT,
    "s10-reuters-huliaipole": REUTERS_HULIAIPOLE,
    "s10-aj-gaza": AJ_GAZA,
    "s10-reuters-gas-link": REUTERS_GAS_LINK,
}
QUIET = {"s10-reuters-gas-link"}

# What the coder still gets wrong here, each a strict xfail of both tests in test_wire_styles.py (a wrong field,
# a miss or an invented event). Scored once on main b9f162e before any fix, every article but the quiet one
# had one (the errors and their causes are in the README and in the commit that scored the set); all are
# fixed now, so both are empty.
TENTH_GAPS: dict[str, str] = {}
# the articles of those where an event is invented (strict xfail of test_nothing_is_invented too)
TENTH_INVENTED: dict[str, str] = {}
