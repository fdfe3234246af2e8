"""A twentieth wire set (December 2025 - January 2026), written without reading any earlier set's articles and
gold, its gold fixed before the coder ran on it: the estimate for copy the coder has never seen.

Three Al Jazeera-style "key events" digests, two stories from other wars (Gaza with a Lebanon paragraph, and
Sudan's Kordofan front), two real-report formats (a Ukrainian Air Force overnight statement and a Kharkiv
governor's Telegram summary, both as translated), and one quiet economy/diplomacy story. The sentences are
written for these tests; the places are real and their coordinates are GeoNames cities500's. Gold follows the
seed gold's conventions (corpus/seed-gold/README.md): digest events dated the day before the digest with one
day's tolerance, settlements 10 km, big cities 25 km, regions at their administrative centre with 150 km,
places missing from cities500 at their region's centre, a capture coded Battles (claimed by the side that
says it took it, disputed when the other side rejects it, reported when both agree), shoot-downs Strategic
developments claimed by the side that says it shot them down, "no one was hurt" as 0/0, and earlier events
the article recalls with their own dates as background.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

VAC = "Violence against civilians"

# Regions' administrative centres and the country point, as the seed gold places them.
DNIPROPETROVSK_OBLAST = (48.46664, 35.04066)
BRYANSK_OBLAST = (53.27096, 34.32143)
KURSK_OBLAST = (51.72689, 36.18457)
KRASNODAR_KRAI = (45.04534, 38.98178)
UKRAINE = (49.0, 31.4)

DAY_1392 = (
    "Russia-Ukraine war: List of key events, day 1,392\n\n"
    "These are the key developments from day 1,392 of Russia's war on Ukraine.\n\n"
    "Here is where things stand on Wednesday, December 17:\n\n"
    "Fighting\n\n"
    "  • Russian glide bombs hit the front-line city of Kostiantynivka in Ukraine's Donetsk region, killing "
    "three civilians and wounding seven others, regional governor Vadym Filashkin said.\n"
    "  • A Russian drone struck a minibus in the village of Lyptsi, about 25km (15 miles) north of Kharkiv "
    "city, killing the driver, Kharkiv regional governor Oleh Syniehubov said on Telegram. Four passengers "
    "were taken to hospital with shrapnel wounds.\n"
    "  • Two people were killed in Russian shelling of Kherson's Dniprovskyi district, the regional military "
    "administration said.\n"
    "  • Russia's Ministry of Defence again said its forces were in full control of Kupiansk in the Kharkiv "
    'region. Ukraine\'s military dismissed the claim as "fiction", saying its troops had cleared most of the '
    "city and were hunting down the remaining Russian groups.\n"
    "  • The ministry also claimed the capture of Prymorske in the Zaporizhia region and Ostapivske in the "
    "Dnipropetrovsk region.\n"
    "  • In Russia, Belgorod Governor Vyacheslav Gladkov said a Ukrainian drone hit a car near the border town "
    "of Shebekino, killing a man. Two women were also injured, he said.\n"
    "  • Russia's Defence Ministry said its air defence units downed 64 Ukrainian drones overnight, most of "
    "them over the Bryansk and Kursk regions.\n\n"
    "Politics and diplomacy\n\n"
    "  • Ukrainian President Volodymyr Zelenskyy, speaking in Berlin after two days of talks with US envoys "
    "Steve Witkoff and Jared Kushner, said Kyiv was ready to give up its bid to join NATO in exchange for "
    "legally binding security guarantees from the United States and Europe.\n"
    "  • Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia had not yet seen the revised US "
    "proposals and would oppose any deployment of European troops in Ukraine.\n"
    "  • European Union leaders will meet in Brussels on Thursday to decide how to fund Ukraine's military "
    "and budget needs for the next two years.\n\n"
    "Military aid\n\n"
    "  • Norway said it would spend 5 billion kroner ($490m) on air defence systems for Ukraine, including "
    "additional NASAMS launchers.\n"
    "  • The pledge came a month after a Russian missile strike on apartment blocks in the western city of "
    "Ternopil killed 38 people on November 19.\n"
)

DAY_1392_GOLD = [
    Gold(48.52728, 37.70594, 10, "2025-12-16", 1, EXP, 3, 7, "reported"),  # Kostiantynivka
    Gold(50.20919, 36.42086, 10, "2025-12-16", 1, EXP, 1, 4, "reported"),  # Lyptsi, not Kharkiv
    Gold(46.63695, 32.61458, 25, "2025-12-16", 1, EXP, 2, None, "reported"),  # Kherson
    Gold(49.71003, 37.61581, 10, "2025-12-16", 1, BAT, None, None, "disputed", "Ukraine"),  # Kupiansk
    Gold(47.6449, 35.29074, 10, "2025-12-16", 1, BAT, None, None, "claimed"),  # Prymorske (Zaporizhzhia)
    # Ostapivske is not in cities500: the Dnipropetrovsk region's centre.
    Gold(*DNIPROPETROVSK_OBLAST, 150, "2025-12-16", 1, BAT, None, None, "claimed"),
    Gold(50.41342, 36.92537, 10, "2025-12-16", 1, EXP, 1, 2, "reported"),  # Shebekino
    Gold(*BRYANSK_OBLAST, 150, "2025-12-16", 1, STRAT, None, None, "claimed"),
    Gold(*KURSK_OBLAST, 150, "2025-12-16", 1, STRAT, None, None, "claimed"),
    Gold(49.55404, 25.59067, 25, "2025-11-19", 0, EXP, 38, None, "reported", background=True),  # Ternopil
]

DAY_1421 = (
    "Russia-Ukraine war: List of key events, day 1,421\n\n"
    "These are the key developments from day 1,421 of Russia's war on Ukraine.\n\n"
    "Here is where things stand on Thursday, January 15:\n\n"
    "Fighting\n\n"
    "  • Russia launched another massive missile and drone attack overnight, targeting energy facilities in "
    "Kyiv and Kharkiv, Ukrainian officials said.\n"
    "  • In Kyiv, one man was killed and nine people were injured, including a 12-year-old, Mayor Vitali "
    "Klitschko said on Telegram. Damage to a combined heat and power plant left more than 5,000 apartment "
    "buildings without heating as temperatures fell to minus 15 degrees Celsius (5 degrees Fahrenheit).\n"
    "  • Kharkiv Mayor Ihor Terekhov said a missile hit an energy facility in the city. There were no "
    "casualties.\n"
    "  • A Russian drone hit a bus station in the southern city of Nikopol, across the Dnipro River from the "
    "Russian-occupied Zaporizhzhia nuclear power plant, killing two people, Dnipropetrovsk regional governor "
    "Oleksandr Hanzha said. Five others were also injured.\n"
    "  • In the city of Zaporizhzhia, a Russian strike on an industrial facility wounded three workers, "
    "regional governor Ivan Fedorov said.\n"
    "  • The United Nations human rights monitoring mission in Ukraine said at least 2,400 civilians were "
    "killed in the country in 2025, the highest annual toll since 2022.\n"
    "  • Russia's Defence Ministry said its forces had captured the village of Zaliznychne, west of "
    "Huliaipole in the Zaporizhia region.\n"
    "  • Ukraine's General Staff said its drones had struck the Novokuibyshevsk oil refinery in Russia's "
    "Samara region, some 900km (560 miles) from the front line, setting off a fire.\n"
    "  • Ukraine's military intelligence agency said its drones had destroyed a Russian Pantsir air defence "
    "system near Sevastopol in occupied Crimea.\n"
    "  • In Russia's border region of Belgorod, Governor Vyacheslav Gladkov said Ukrainian missile strikes had "
    "knocked out power to parts of the city of Belgorod and wounded two people.\n\n"
    "Politics and diplomacy\n\n"
    "  • Zelenskyy said in his nightly address that Ukrainian and US negotiators would meet in Davos next week "
    "to finalise a document on Ukraine's post-war reconstruction.\n"
    "  • Russian Foreign Minister Sergei Lavrov, speaking at his annual news conference in Moscow, said any "
    'European troops deployed in Ukraine would be "legitimate targets".\n\n'
    "Military aid\n\n"
    "  • The Netherlands pledged a further 250 million euros ($290m) for interceptor drones, Dutch Defence "
    "Minister Ruben Brekelmans said during a visit to Odesa.\n"
)

DAY_1421_GOLD = [
    Gold(50.45466, 30.5238, 25, "2026-01-14", 1, EXP, 1, 9, "reported"),  # Kyiv
    Gold(49.98177, 36.25475, 25, "2026-01-14", 1, EXP, 0, 0, "reported"),  # Kharkiv
    Gold(47.56826, 34.39126, 10, "2026-01-14", 1, EXP, 2, 5, "reported"),  # Nikopol
    Gold(47.85167, 35.11714, 25, "2026-01-14", 1, EXP, None, 3, "reported"),  # Zaporizhzhia city
    Gold(47.64855, 36.16715, 10, "2026-01-14", 1, BAT, None, None, "claimed"),  # Zaliznychne
    Gold(53.09709, 49.94001, 25, "2026-01-14", 1, EXP, None, None, "claimed"),  # Novokuibyshevsk refinery
    Gold(44.60795, 33.52134, 25, "2026-01-14", 1, EXP, None, None, "claimed"),  # near Sevastopol
    Gold(50.60343, 36.58091, 25, "2026-01-14", 1, EXP, None, 2, "reported"),  # Belgorod city
]

DAY_1428 = (
    "Russia-Ukraine war: List of key events, day 1,428\n\n"
    "These are the key developments from day 1,428 of Russia's war on Ukraine.\n\n"
    "Here is where things stand on Thursday, January 22:\n\n"
    "Fighting\n\n"
    "  • Russian drones struck a residential building in the centre of Sumy, killing two people, including a "
    "10-year-old girl, said Oleh Hryhorov, head of the regional military administration. Eleven people were "
    "wounded.\n"
    "  • A guided aerial bomb hit the town of Bilopillia, about 10km (6 miles) from the Russian border, "
    "wounding a 70-year-old man, Hryhorov added.\n"
    "  • Russian drones attacked the Danube port of Izmail in the Odesa region overnight, damaging a tanker "
    "and port infrastructure, Deputy Prime Minister Oleksii Kuleba said. No one was hurt, he said.\n"
    "  • Russia's Ministry of Defence said its troops had captured Hryshyne, a village north-west of "
    "Pokrovsk in the Donetsk region. Ukraine's military rejected the claim, saying its soldiers still held "
    "positions in the village.\n"
    "  • Ukraine's Third Army Corps said it had retaken the village of Kurylivka, south of Kupiansk, after "
    "weeks of fighting. Moscow did not comment.\n"
    "  • In Russia, a Ukrainian drone attack on the Black Sea port of Novorossiysk damaged an oil terminal and "
    "injured two people, the city's mayor Andrei Kravchenko said.\n"
    "  • Russia's Defence Ministry said 48 Ukrainian drones had been destroyed over the Krasnodar region and "
    "the Black Sea.\n"
    "  • Nearly 1,000 apartment blocks in Kyiv are still without heating after a Russian attack on January 9 "
    "damaged two of the city's power plants.\n\n"
    "Politics and diplomacy\n\n"
    '  • Zelenskyy, speaking at the World Economic Forum in Davos, urged European leaders to stop "waiting '
    "for Washington\" and to take decisions on Ukraine's security themselves.\n"
    "  • US envoy Steve Witkoff said he and Jared Kushner would travel to Moscow to meet Russian President "
    "Vladimir Putin, and that a trilateral meeting with Ukrainian officials could follow in Abu Dhabi.\n\n"
    "Military aid\n\n"
    "  • Sweden announced its 20th military aid package for Ukraine, worth 12 billion kronor ($1.3bn), "
    "including air defence ammunition and long-range drones.\n"
)

DAY_1428_GOLD = [
    Gold(50.91741, 34.79906, 25, "2026-01-21", 1, EXP, 2, 11, "reported"),  # Sumy
    Gold(51.14747, 34.31079, 10, "2026-01-21", 1, EXP, None, 1, "reported"),  # Bilopillia
    Gold(45.35058, 28.83751, 10, "2026-01-21", 1, EXP, 0, 0, "reported"),  # Izmail
    Gold(48.32759, 37.08055, 10, "2026-01-21", 1, BAT, None, None, "disputed", "Ukraine"),  # Hryshyne
    Gold(49.66002, 37.70276, 10, "2026-01-21", 1, BAT, None, None, "claimed"),  # Kurylivka (Kharkiv)
    Gold(44.73188, 37.76176, 25, "2026-01-21", 1, EXP, None, 2, "reported"),  # Novorossiysk
    Gold(*KRASNODAR_KRAI, 150, "2026-01-21", 1, STRAT, None, None, "claimed"),
    Gold(50.45466, 30.5238, 25, "2026-01-09", 0, EXP, None, None, "reported", background=True),  # Kyiv
]

GAZA_TRUCE = (
    "Israeli fire kills five in Gaza as mediators push for next phase of truce\n\n"
    "GAZA/CAIRO, Dec 20 - Israeli strikes and gunfire killed at least five Palestinians in the Gaza Strip on "
    "Saturday, local health officials said, as mediators in Cairo pressed both sides to move to the second "
    "phase of the October ceasefire.\n\n"
    "Three people, among them a 12-year-old boy, were killed when an Israeli drone struck a group of people "
    "gathered outside a school housing displaced families in the Tuffah neighbourhood of Gaza City, the Gaza "
    "Civil Defence said. Four other people were wounded.\n\n"
    "The Israeli military denied carrying out any strike in Gaza City on Saturday.\n\n"
    "In the south, Israeli tank fire killed two men east of Khan Younis, medics at Nasser Hospital said. The "
    'Israeli military said troops had fired at "terrorists" who crossed the yellow line in the Bani Suheila '
    "area and approached the forces, posing an immediate threat, and that two of them had been eliminated.\n\n"
    "On Friday, an Israeli soldier was lightly wounded when an explosive device went off near troops "
    "operating in Rafah, the military said.\n\n"
    'Hamas said the killings were a "flagrant violation" of the truce and urged the mediators, Egypt, Qatar '
    "and Turkey, to rein Israel in.\n\n"
    "In southern Lebanon, an Israeli drone strike on a car in the town of Bint Jbeil killed one man, "
    "Lebanon's health ministry said. The Israeli military said it had targeted a Hezbollah operative who was "
    "trying to rebuild the group's infrastructure in the area.\n\n"
    "Gaza's health ministry says more than 400 Palestinians have been killed by Israeli fire since the "
    "ceasefire took effect on October 10, and more than 70,000 since the war began after Hamas's October 7, "
    "2023, attack on southern Israel, in which about 1,200 people were killed.\n"
)

GAZA_TRUCE_GOLD = [
    Gold(31.50161, 34.46672, 25, "2025-12-20", 1, EXP, 3, 4, "disputed", "Israel"),  # Gaza City (Tuffah)
    Gold(31.34337, 34.32337, 10, "2025-12-20", 1, EXP, 2, None, "reported"),  # Bani Suheila
    Gold(31.29722, 34.24357, 10, "2025-12-19", 1, EXP, None, 1, "reported"),  # Rafah, explosive device
    Gold(33.11864, 35.43344, 10, "2025-12-20", 1, EXP, 1, None, "reported"),  # Bint Jbeil
    Gold(31.525, 34.59693, 150, "2023-10-07", 0, VAC, 1200, None, "reported", background=True),  # Oct 7
]

SUDAN_BABANUSA = (
    "Sudan's RSF says it has seized army base in Babanusa; army says fighting goes on\n\n"
    "PORT SUDAN, Dec 1 - Sudan's paramilitary Rapid Support Forces said on Monday they had taken full control "
    "of the town of Babanusa in West Kordofan, including the headquarters of the army's 22nd Infantry "
    "Division, after a siege that lasted nearly two years.\n\n"
    "An army spokesman in Port Sudan denied that the town had fallen, saying soldiers of the division were "
    "still repelling RSF assaults on the base. Babanusa lies about 75 km (45 miles) south-west of El Fula, "
    "the state capital, on the railway linking Darfur with the rest of the country.\n\n"
    "On Sunday, an RSF drone strike on a market in Dilling, a besieged town in South Kordofan, killed nine "
    "civilians and wounded 17 others, the Sudan Doctors Network said.\n\n"
    "The army said its air force had carried out strikes on RSF gatherings around Nyala, the group's de facto "
    "capital in South Darfur, destroying dozens of combat vehicles. The RSF said its air defences had shot "
    "down an army drone over the city.\n\n"
    "The RSF seized El Fasher, the army's last stronghold in Darfur, on October 26 after an 18-month siege, "
    "and has since pushed east into Kordofan.\n\n"
    "The war, which erupted in April 2023, has killed tens of thousands of people and driven about 12 million "
    "from their homes, according to the United Nations.\n"
)

SUDAN_BABANUSA_GOLD = [
    Gold(11.33333, 27.8, 10, "2025-12-01", 1, BAT, None, None, "disputed", "Sudanese army"),  # Babanusa
    Gold(12.05, 29.65, 10, "2025-11-30", 1, EXP, 9, 17, "reported"),  # Dilling
    Gold(12.04888, 24.88069, 25, "2025-12-01", 1, EXP, None, None, "claimed"),  # army air strikes near Nyala
    Gold(12.04888, 24.88069, 25, "2025-12-01", 1, STRAT, None, None, "claimed"),  # RSF: drone shot down
    Gold(13.62793, 25.34936, 25, "2025-10-26", 0, BAT, None, None, "reported", background=True),  # El Fasher
]

AIR_FORCE_JAN6 = (
    "Ukrainian Air Force: the enemy's overnight air attack, January 6\n\n"
    "On the night of January 6 (from 18:00 on January 5), the enemy attacked with 3 Iskander-M ballistic "
    "missiles from the Kursk region and 118 strike UAVs of the Shahed, Gerbera and other types from the "
    "directions of Kursk, Oryol, Bryansk, Millerovo, Primorsko-Akhtarsk and Hvardiiske in temporarily "
    "occupied Crimea. About 70 of them were Shaheds.\n\n"
    "The air attack was repelled by aviation, anti-aircraft missile forces, electronic warfare units, "
    "unmanned systems units and mobile fire groups of the Defence Forces of Ukraine.\n\n"
    "According to preliminary data, as of 08:30, air defence shot down or suppressed 1 ballistic missile and "
    "97 enemy UAVs in the north, south and east of the country.\n\n"
    "Hits by 2 ballistic missiles and 19 strike UAVs were recorded at 8 locations, as well as debris falling "
    "at 4 locations.\n\n"
    "The attack is ongoing: several enemy UAVs are in the airspace. Please observe safety measures!\n"
)

AIR_FORCE_JAN6_GOLD = [
    Gold(*UKRAINE, 800, "2026-01-06", 1, EXP, None, None, "reported"),  # the attack, no place named
    Gold(*UKRAINE, 800, "2026-01-06", 1, STRAT, None, None, "claimed"),  # the shoot-downs
]

KHARKIV_TELEGRAM = (
    "Oleh Syniehubov, head of the Kharkiv regional military administration (Telegram, translated)\n\n"
    "Consequences of enemy attacks over the past day:\n\n"
    "Kharkiv city: at 23:40 the enemy struck the Kyivskyi district with a UAV. A private house was damaged. "
    "A 54-year-old woman was injured.\n\n"
    "Kupiansk district: the village of Petropavlivka came under artillery fire. A 71-year-old man was "
    "killed.\n\n"
    "Chuhuiv district: in the village of Pechenihy, a 39-year-old man was injured as a result of a KAB "
    "strike. Two private houses and an outbuilding were destroyed.\n\n"
    "Bohodukhiv district: in Zolochiv, an FPV drone hit a civilian car. The driver, 45, and his passenger "
    "were injured.\n\n"
    "Izium district: in Balakliia, an enemy UAV hit an infrastructure facility. No one was hurt.\n\n"
    "Medics and psychologists are working at the scenes. Residents are urged to respond to air raid alerts "
    "and stay in shelters.\n"
)

KHARKIV_TELEGRAM_GOLD = [
    Gold(49.98177, 36.25475, 25, "2026-01-10", 1, EXP, None, 1, "reported"),  # Kharkiv city
    Gold(49.72052, 37.70905, 10, "2026-01-10", 1, EXP, 1, None, "reported"),  # Petropavlivka
    Gold(49.86931, 36.9386, 10, "2026-01-10", 1, EXP, None, 1, "reported"),  # Pechenihy
    Gold(50.27331, 35.97755, 10, "2026-01-10", 1, EXP, None, 2, "reported"),  # Zolochiv (Kharkiv), not Lviv's
    Gold(49.45595, 36.84433, 10, "2026-01-10", 1, EXP, 0, 0, "reported"),  # Balakliia
]

EU_LOAN_QUIET = (
    "EU agrees 90 billion euro loan for Ukraine, shelves use of frozen Russian assets\n\n"
    "BRUSSELS, Dec 19 - European Union leaders agreed early on Friday to lend Ukraine 90 billion euros "
    "($105 billion) over the next two years, funded by joint borrowing, after Belgium blocked a plan to use "
    "Russian central bank assets frozen in the bloc to finance the loan.\n\n"
    "The deal, reached after more than 16 hours of talks, is meant to cover most of Kyiv's military and "
    "budget needs in 2026 and 2027, as the International Monetary Fund warned of a financing gap that could "
    "otherwise open by the spring.\n\n"
    '"We have delivered," European Council President Antonio Costa told reporters. "Ukraine will have the '
    'money it needs to defend itself."\n\n'
    "Belgian Prime Minister Bart De Wever had insisted on guarantees against legal risks to Euroclear, the "
    "Brussels-based depository that holds most of the roughly 210 billion euros of immobilised Russian "
    "assets in Europe. The assets will stay frozen until Russia compensates Ukraine for war damage, the "
    "leaders said.\n\n"
    "Hungary, Slovakia and the Czech Republic will not take part in the borrowing. Hungarian Prime Minister "
    "Viktor Orban, who has opposed military aid to Kyiv since Russia's full-scale invasion in February 2022, "
    'called the decision "a road to debt".\n\n'
    "Ukrainian President Volodymyr Zelenskyy, who travelled to Brussels to address the summit, thanked the "
    "leaders and said the money would keep Ukraine's economy and its soldiers on the front line going "
    "while peace talks with Washington and Moscow continue.\n\n"
    "The euro was little changed after the announcement, while Ukraine's dollar bonds rose about one cent.\n"
)

TWENTIETH_SET = {
    "s20-day-1392": ("2025-12-17", DAY_1392, DAY_1392_GOLD),
    "s20-day-1421": ("2026-01-15", DAY_1421, DAY_1421_GOLD),
    "s20-day-1428": ("2026-01-22", DAY_1428, DAY_1428_GOLD),
    "s20-gaza-truce": ("2025-12-20", GAZA_TRUCE, GAZA_TRUCE_GOLD),
    "s20-sudan-babanusa": ("2025-12-02", SUDAN_BABANUSA, SUDAN_BABANUSA_GOLD),
    "s20-airforce-jan6": ("2026-01-06", AIR_FORCE_JAN6, AIR_FORCE_JAN6_GOLD),
    "s20-kharkiv-telegram": ("2026-01-11", KHARKIV_TELEGRAM, KHARKIV_TELEGRAM_GOLD),
    "s20-eu-loan-quiet": ("2025-12-19", EU_LOAN_QUIET, []),
}
QUIET = {"s20-eu-loan-quiet"}

# Known failures of the coder on this set, scored once before any fix (README): an article whose gold events are
# missed or wrongly coded, and one where events are invented. Strict, so a fix shows up as an XPASS.
TWENTIETH_GAPS: dict[str, str] = {}
TWENTIETH_INVENTED: dict[str, str] = {}
