"""Wire set 21: news stories (not digests) from December 2025 and January 2026 in the manner of Reuters, AP, AFP,
Al Jazeera and the Kyiv Independent, plus two quiet articles (economy, diplomacy), with gold events.

Written for these tests, in my own sentences, about real places with their real coordinates; the gold was fixed
before the coder was run on any of it, and the set was scored once before any fix (the README gives the
figures). Gold follows the seed gold conventions: one event per place and day, places missing from cities500 at
their region's centre with 150 km, interceptions as Strategic developments claimed by the side that reports
them, captures as Battles (claimed by the side that says it took the place, disputed when the other side
denies), recaps of earlier events as background.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

# An overnight drone-and-missile attack on a city, the toll updated during the day, shoot-down figures, launch
# regions, a speaker in Kyiv, a neighbouring region's casualties and a recap of an earlier strike with its date.
REUTERS_ZAPORIZHZHIA = (
    "2026-01-09",
    (
        "Russian drones and missiles kill five in Zaporizhzhia, officials say\n"
        "ZAPORIZHZHIA, Ukraine, Jan 9 (Reuters) - Russia struck the southeastern Ukrainian city of Zaporizhzhia "
        "with drones and ballistic missiles overnight, killing at least two people and damaging apartment blocks "
        "and an energy facility, regional officials said on Friday.\n"
        "Ivan Fedorov, governor of the Zaporizhzhia region, said on the Telegram messaging app that rescuers had "
        "pulled the bodies of two men from the rubble of a five-storey building in the city's Oleksandrivskyi "
        "district.\n"
        "By mid-afternoon the toll had risen to five, Fedorov said, after three more bodies were recovered. "
        "Fourteen people were wounded, among them two children, and nine remained in hospital.\n"
        "Ukraine's Air Force said Russia had launched 126 drones and eight ballistic missiles at Ukraine "
        "overnight, mostly from the Kursk and Bryansk regions and from occupied Crimea. Air defence units shot "
        "down or jammed 97 of the drones and three of the missiles, it said.\n"
        "In the neighbouring Dnipropetrovsk region, a drone hit a private house in the town of Pavlohrad, "
        "injuring a 40-year-old woman and her teenage son, governor Serhiy Lysak said. Two more people were "
        "also hurt in the Synelnykove district, he added.\n"
        "Drones also hit an industrial facility in Kharkiv, Ukraine's second-largest city, Mayor Ihor Terekhov "
        "said, without reporting casualties. In the southern Odesa region an energy facility was damaged and a "
        "fire broke out, but no one was hurt, governor Oleh Kiper said.\n"
        "Zaporizhzhia, which lies about 30 km north of the front line, has been struck almost daily in recent "
        "weeks. A guided bomb attack on the city's industrial zone on December 23 killed one worker.\n"
        "“This is what Russia calls its readiness for peace,” President Volodymyr Zelenskiy said in his "
        "nightly address from Kyiv, urging allies to speed up deliveries of air defence systems.\n"
        "Russia's Defence Ministry said its forces had carried out a “massive strike” on Ukrainian defence "
        "industry enterprises and energy facilities used by the military. It did not mention Zaporizhzhia. "
        "Both sides deny targeting civilians.\n"
    ),
    [
        Gold(47.85167, 35.11714, 25, "2026-01-09", 1, EXP, 5, 14, "reported"),
        Gold(48.53214, 35.86878, 10, "2026-01-09", 1, EXP, None, 2, "reported"),
        Gold(48.32362, 35.52612, 30, "2026-01-09", 1, EXP, None, 2, "reported"),  # Synelnykove district
        Gold(49.98177, 36.25475, 25, "2026-01-09", 1, EXP, None, None, "reported"),
        Gold(46.48572, 30.74383, 150, "2026-01-09", 1, EXP, 0, 0, "reported"),  # Odesa region
        Gold(49.0, 31.4, 800, "2026-01-09", 1, STRAT, None, None, "claimed"),  # Air Force shoot-downs
        Gold(47.85167, 35.11714, 25, "2025-12-23", 0, EXP, 1, None, "reported", background=True),
    ],
)

# Long-range drone strikes on refineries told by Ukraine's General Staff and the Russian governors: a
# distance reference, interceptions per region, drone debris, a recap of an earlier strike.
KYIV_INDEPENDENT_REFINERIES = (
    "2025-12-18",
    (
        "Ukrainian drones hit Volgograd refinery, Ilsky refinery in Krasnodar Krai, General Staff says\n"
        "Ukrainian long-range drones struck the Lukoil-owned Volgograd oil refinery and the Ilsky refinery in "
        "Russia's Krasnodar Krai overnight on Dec. 18, Ukraine's General Staff reported.\n"
        "Explosions and a fire were recorded at the Volgograd refinery, one of the largest in southern Russia, "
        "which processes about 15 million tons of crude a year and supplies fuel to the Russian army, the "
        "General Staff said. The extent of the damage is being clarified.\n"
        "Volgograd Oblast Governor Andrei Bocharov said debris from a downed drone had started a fire on the "
        "grounds of the refinery in the city's Krasnoarmeisky district. It was put out by morning and no one "
        "was hurt, he said.\n"
        "The General Staff also said drones had hit the Ilsky refinery, located about 40 kilometers southwest "
        "of Krasnodar. Krasnodar Krai authorities did not comment on the claim.\n"
        "Russia's Defense Ministry said its air defenses had destroyed 57 Ukrainian drones overnight, including "
        "22 over Volgograd Oblast and 14 over the Rostov region. In Rostov Oblast, Governor Yuri Slyusar said a "
        "man was injured in the town of Kamensk-Shakhtinsky when drone debris hit a car.\n"
        "Separately, the General Staff said Ukrainian forces had struck a fuel and lubricants depot used by "
        "Russian troops near occupied Horlivka in Donetsk Oblast.\n"
        "The strike on the Volgograd refinery was at least the fourth since August. On Oct. 22, a similar "
        "attack forced the plant to halt one of its main processing units, Reuters reported at the time, "
        "citing industry sources.\n"
        "Kyiv has stepped up attacks on Russia's oil industry this year in an effort to cut the revenues that "
        "fund Moscow's war. Ukraine's military says the strikes are aimed at facilities that supply fuel to "
        "Russian troops.\n"
        "The Kyiv Independent could not independently verify the claims.\n"
    ),
    [
        Gold(48.515, 44.565, 25, "2025-12-18", 1, EXP, 0, 0, "reported"),  # Volgograd refinery
        Gold(44.84222, 38.56686, 15, "2025-12-18", 1, EXP, None, None, "claimed"),  # Ilsky refinery
        Gold(48.31779, 40.25948, 10, "2025-12-18", 1, EXP, None, 1, "reported"),  # Kamensk-Shakhtinsky
        Gold(48.71378, 44.4976, 150, "2025-12-18", 1, STRAT, None, None, "claimed"),  # Volgograd Oblast
        Gold(47.21997, 39.70769, 150, "2025-12-18", 1, STRAT, None, None, "claimed"),  # Rostov Oblast
        Gold(48.29986, 38.01709, 25, "2025-12-18", 1, EXP, None, None, "claimed"),  # depot near Horlivka
        Gold(48.515, 44.565, 25, "2025-10-22", 0, EXP, None, None, "reported", background=True),
    ],
)

# A contested town: Russia's Defence Ministry claims it, Ukraine denies; villages claimed in passing; a strike
# on a city named first as a distance reference; a recap of earlier captures with their own dates.
AP_LYMAN = (
    "2026-01-06",
    (
        "Russia says it has captured Lyman; Ukraine says fighting goes on\n"
        "KYIV, Ukraine (AP) — Russia's Defense Ministry said Tuesday that its troops had captured the town of "
        "Lyman in eastern Ukraine's Donetsk region, a claim swiftly rejected by Ukrainian officials, who said "
        "their forces were still fighting in and around the town.\n"
        "The ministry said units of its Western group of forces had “liberated” Lyman, a railway hub that "
        "Russian forces first occupied in May 2022 before Ukrainian troops retook it that October. It also "
        "claimed the capture of the village of Zarichne, just east of the town, and of Prymorske in the "
        "Zaporizhzhia region.\n"
        "“The information about the so-called capture of Lyman does not correspond to reality,” Ukraine's 3rd "
        "Army Corps said in a statement. “Our units continue to hold positions in the town, and the enemy is "
        "suffering heavy losses.” Ukraine's General Staff said its forces had repelled 23 Russian assaults in "
        "the Lyman direction over the past day.\n"
        "The Associated Press could not independently verify either side's claims. The open-source DeepState "
        "map, which is run by analysts close to the Ukrainian military, showed Russian troops had infiltrated "
        "the town's northern outskirts but did not control it.\n"
        "Lyman lies about 35 kilometers (22 miles) northeast of Kramatorsk, one of the last large cities in the "
        "Donetsk region still under Ukrainian control, and its fall would bring Russian troops closer to the "
        "Kramatorsk-Sloviansk urban area.\n"
        "Kramatorsk itself came under attack on Tuesday morning. Two people were killed and seven others "
        "injured when Russian guided aerial bombs struck a residential neighborhood, Donetsk regional Gov. "
        "Vadym Filashkin said. One of the wounded, a 15-year-old boy, was in serious condition, he said.\n"
        "Russian troops have been advancing slowly across the Donetsk region for months at a heavy cost in "
        "lives. Moscow claimed last month to have taken Siversk, about 30 kilometers southeast of Lyman, which "
        "Ukraine's military acknowledged on Dec. 23 after withdrawing its troops.\n"
        "Elsewhere, Russian shelling killed a 67-year-old woman in the town of Kupiansk in the Kharkiv region, "
        "Gov. Oleh Syniehubov said.\n"
    ),
    [
        Gold(48.99012, 37.80843, 10, "2026-01-06", 1, BAT, None, None, "disputed", "Ukraine"),  # Lyman
        Gold(49.0234, 37.93161, 10, "2026-01-06", 1, BAT, None, None, "claimed"),  # Zarichne
        Gold(47.6449, 35.29074, 10, "2026-01-06", 1, BAT, None, None, "claimed"),  # Prymorske
        Gold(48.73106, 37.56779, 15, "2026-01-06", 1, EXP, 2, 7, "reported"),  # Kramatorsk
        Gold(49.71003, 37.61581, 10, "2026-01-06", 1, EXP, 1, None, "reported"),  # Kupiansk
        Gold(48.99012, 37.80843, 10, "2022-05-27", 31, BAT, None, None, "reported", background=True),
        Gold(48.99012, 37.80843, 10, "2022-10-01", 31, BAT, None, None, "reported", background=True),
        Gold(48.86476, 38.09683, 10, "2025-12-23", 12, BAT, None, None, "reported", background=True),
    ],
)

# Civilians killed by drones in Kherson: a speaker's town, the launch area across the river, a cumulative UN
# toll that is no event, an aggregate of wounded across the region, and the occupation side's own report.
AFP_KHERSON = (
    "2026-01-20",
    (
        "‘Human safari’: Russian drones kill three in Ukraine's Kherson region\n"
        "Russian drones killed three civilians in Ukraine's southern Kherson region on Monday, local "
        "authorities said, as the city on the Dnipro river endures relentless attacks from Russian positions "
        "across the water.\n"
        "A 58-year-old man was killed when a drone dropped explosives on him as he rode his bicycle in "
        "Kherson's Korabelnyi district, the head of the city's military administration, Yaroslav Shanko, said. "
        "Hours later a drone struck a minibus in the village of Bilozerka, west of the city, killing the driver "
        "and a female passenger.\n"
        "Eight people were wounded across the region over the past day, among them a paramedic who came under "
        "attack in the suburb of Antonivka, regional governor Oleksandr Prokudin said. Upriver in Beryslav, a "
        "drone dropped a munition on a humanitarian aid point, wounding two volunteers.\n"
        "“They hunt people like game,” a 44-year-old resident who gave only her first name, Olena, told AFP by "
        "telephone from Mykolaiv, where she moved last year with her two daughters.\n"
        "Russian forces withdrew from Kherson and the rest of the right bank of the Dnipro in November 2022, but "
        "still shell the city and launch drones at it from the occupied left bank, including from around the "
        "town of Oleshky, which lies just across the river.\n"
        "According to the UN human rights monitoring mission, more than 200 civilians were killed and over "
        "1,500 injured in the Kherson region in 2025, most of them by short-range drones.\n"
        "On the Russian-occupied side of the river, Moscow-installed governor Vladimir Saldo said Ukrainian "
        "shelling had killed a woman in Nova Kakhovka and damaged a gas pipeline.\n"
        "Residents of Kherson, where about 60,000 people remain out of a pre-war population of some 280,000, "
        "say the threat has made daily life unbearable. Authorities have asked people to avoid going outside "
        "in the riverside districts.\n"
    ),
    [
        Gold(46.63695, 32.61458, 10, "2026-01-19", 1, EXP, 1, None, "reported"),  # Kherson
        Gold(46.62651, 32.44447, 10, "2026-01-19", 1, EXP, 2, None, "reported"),  # Bilozerka
        Gold(46.67666, 32.73061, 10, "2026-01-19", 1, EXP, None, 1, "reported"),  # Antonivka
        Gold(46.83851, 33.42664, 10, "2026-01-19", 1, EXP, None, 2, "reported"),  # Beryslav
        Gold(46.75966, 33.35591, 10, "2026-01-19", 1, EXP, 1, None, "reported"),  # Nova Kakhovka
        Gold(46.63695, 32.61458, 10, "2022-11-11", 31, STRAT, None, None, "reported", background=True),
    ],
)

# Sudan's Kordofan: a market strike whose blame the accused side rejects, a base the RSF says it took and the
# army says it still holds, a correspondent's location, a city named as an objective, a recap with its date.
ALJAZEERA_KORDOFAN = (
    "2025-12-14",
    (
        "Drone attack on market in Sudan's South Kordofan kills 14, medics say\n"
        "A drone attack on a crowded market in the besieged city of Dilling in Sudan's South Kordofan state "
        "has killed at least 14 people, among them four children, a medical group said, as fighting between "
        "the army and the paramilitary Rapid Support Forces (RSF) intensifies across the Kordofan region.\n"
        "The Sudan Doctors Network said on Sunday the drone struck the main market in Dilling, some 115km (70 "
        "miles) north of the state capital, Kadugli, on Saturday afternoon. Twenty-two others were wounded, "
        "several critically, and the toll was expected to rise.\n"
        "The group blamed the RSF and its ally in South Kordofan, the SPLM-N faction led by Abdelaziz al-Hilu, "
        "which have besieged both Dilling and Kadugli for months. The RSF denied responsibility, saying in a "
        "statement that its forces “do not target civilians” and accusing the army of staging the attack to "
        "discredit it.\n"
        "In West Kordofan, the RSF said on Saturday that it had taken full control of the army's 22nd Infantry "
        "Division headquarters in Babanusa after weeks of fighting. The army said its troops were still "
        "defending the base and had repelled “a desperate attack”, killing dozens of RSF fighters.\n"
        "Al Jazeera's Hiba Morgan, reporting from Khartoum, said the RSF appeared to be pushing towards El "
        "Obeid, the capital of North Kordofan and a key city on the road to Khartoum. “Residents of El Obeid "
        "fear they will be next,” she said.\n"
        "The army said its air defences had shot down several RSF drones over El Obeid on Friday night. On "
        "the same day, an army drone strike hit a fuel depot in the RSF-held town of Bara, north of El Obeid, "
        "according to witnesses cited by local media. There was no immediate word on casualties.\n"
        "The RSF seized El Fasher, the army's last stronghold in Darfur, on October 26 after an 18-month "
        "siege, in an assault that the United Nations said included mass killings of civilians.\n"
        "Sudan's war, which began in April 2023, has killed tens of thousands of people and displaced nearly "
        "12 million, according to the UN.\n"
    ),
    [
        Gold(12.05, 29.65, 10, "2025-12-13", 1, EXP, 14, 22, "reported"),  # Dilling
        Gold(11.33333, 27.8, 10, "2025-12-13", 1, BAT, None, None, "disputed", "Sudanese army"),  # Babanusa
        Gold(13.18421, 30.21669, 25, "2025-12-12", 1, STRAT, None, None, "claimed"),  # El Obeid shoot-downs
        Gold(13.7, 30.36667, 10, "2025-12-12", 1, EXP, None, None, "reported"),  # Bara
        Gold(13.62793, 25.34936, 25, "2025-10-26", 1, BAT, None, None, "reported", background=True),
    ],
)

# Eastern Congo: a rebel claim of a city denied by the government, shelling of a town missing from cities500
# (told by its distance from the city), stray shells across the border, speakers in capitals, recaps.
AP_UVIRA = (
    "2025-12-11",
    (
        "M23 rebels say they control Congo's Uvira as fighting spreads near Burundi border\n"
        "GOMA, Congo (AP) — Rwanda-backed M23 rebels said Wednesday they had taken control of Uvira, a "
        "strategic city in eastern Congo on the border with Burundi, despite a peace deal signed in Washington "
        "last week by the presidents of Congo and Rwanda.\n"
        "“Uvira is now liberated,” Lawrence Kanyuka, a spokesman for the rebel alliance that includes M23, said "
        "on X, adding that the group's fighters had entered the city on Tuesday evening and were “restoring "
        "security.”\n"
        "Congo's government said the claim was false. Its army and allied local militias known as Wazalendo "
        "were still fighting the rebels on the northern outskirts of the city, government spokesman Patrick "
        "Muyaya told reporters in Kinshasa.\n"
        "Residents reached by phone described sporadic gunfire overnight and said many soldiers had fled "
        "toward the south. Thousands of people have crossed into Burundi in recent days, according to the U.N. "
        "refugee agency.\n"
        "At least 11 civilians were killed and 19 wounded on Monday when shells landed on homes in Sange, a "
        "town about 30 kilometers (19 miles) north of Uvira, said a local civil society leader, Claude Mudage. "
        "It was not clear which side fired them.\n"
        "Burundi, which has deployed thousands of troops in eastern Congo to fight alongside Congolese forces, "
        "said stray shells had also fallen on its territory in Cibitoke province, wounding three people. A "
        "Burundian army spokesman in Bujumbura, which lies about 25 kilometers across Lake Tanganyika from "
        "Uvira, accused Rwanda of backing the offensive, which Kigali denies.\n"
        "M23 seized Goma, eastern Congo's largest city, in January and took Bukavu, capital of South Kivu "
        "province, in February. The conflict has killed some 7,000 people this year, according to Congolese "
        "authorities.\n"
    ),
    [
        Gold(-3.39534, 29.13779, 10, "2025-12-10", 1, BAT, None, None, "disputed", "Congolese army"),  # Uvira
        Gold(-2.49077, 28.84281, 150, "2025-12-08", 1, EXP, 11, 19, "reported"),  # Sange: South Kivu centre
        Gold(-2.8869, 29.1248, 150, "2025-12-09", 2, EXP, None, 3, "reported"),  # Cibitoke province
        Gold(-1.67409, 29.22845, 15, "2025-01-27", 31, BAT, None, None, "reported", background=True),
        Gold(-2.49077, 28.84281, 15, "2025-02-16", 31, BAT, None, None, "reported", background=True),
    ],
)

# Quiet: the economy of the war (budget, sanctions, oil exports), a passing mention of drone strikes on
# refineries with no place or date.
MEDUZA_BUDGET = (
    "2026-01-13",
    (
        "Russia's oil and gas revenues fell by a quarter in 2025 as sanctions and a strong ruble bit\n"
        "Russia's federal budget received 8.5 trillion rubles in oil and gas revenues in 2025, about 24 percent "
        "less than a year earlier, according to Finance Ministry data published on Tuesday — the lowest figure "
        "since 2020.\n"
        "The ministry attributed the fall to lower global oil prices, a stronger ruble and wider discounts on "
        "Russian crude after the United States imposed sanctions on Rosneft and Lukoil in October. The Urals "
        "blend traded at an average of $56 a barrel last year, well below the $70 assumed in the budget.\n"
        "The budget deficit reached 5.6 trillion rubles, or 2.6 percent of GDP, Finance Minister Anton Siluanov "
        "told a government meeting in Moscow. He said the government had raised value added tax from 20 to 22 "
        "percent from January 1 and would cut some non-defence spending to keep borrowing under control.\n"
        "Economists at the Central Bank have warned that growth is slowing sharply. The economy expanded by "
        "about 1 percent last year after 4.3 percent in 2024, as high interest rates squeezed investment. The "
        "bank cut its key rate to 16 percent in December.\n"
        "Oil exports through Black Sea and Baltic ports held up despite the sanctions, traders said, though "
        "refinery outages caused by Ukrainian drone strikes forced the government to extend a ban on gasoline "
        "exports into the new year.\n"
        "India, which became the largest buyer of Russian seaborne crude after 2022, cut its purchases in "
        "December as refiners there sought to avoid secondary sanctions, according to ship-tracking data. "
        "China's imports were little changed.\n"
    ),
    [],
)

# Quiet: a summit on security guarantees, with a warning about troops as targets and no attack.
REUTERS_PARIS_SUMMIT = (
    "2026-01-07",
    (
        "Allies pledge security guarantees for Ukraine at Paris summit\n"
        "PARIS, Jan 6 (Reuters) - European leaders meeting in Paris on Tuesday pledged to back a ceasefire in "
        "Ukraine with a multinational force and a U.S.-led monitoring mechanism, in what French President "
        "Emmanuel Macron called “a decisive step” towards a lasting peace.\n"
        "Leaders and senior officials from some 35 countries of the so-called coalition of the willing signed a "
        "declaration at the Elysee Palace. Ukrainian President Volodymyr Zelenskiy, who attended, said Kyiv "
        "needed “guarantees that work, not just words on paper”.\n"
        "British Prime Minister Keir Starmer said Britain and France would set up military hubs across Ukraine "
        "after a ceasefire and build protected sites for weapons and equipment. U.S. envoys Steve Witkoff and "
        "Jared Kushner also took part in the talks.\n"
        "Moscow has repeatedly said it would regard any Western troops deployed in Ukraine as legitimate "
        "targets. Kremlin spokesman Dmitry Peskov said on Wednesday that Russia had not been consulted and that "
        "the declaration did not bring a settlement closer.\n"
        "Diplomats said the force would not deploy until a ceasefire was agreed, and several countries, "
        "including Italy and Poland, have said they will not send troops.\n"
    ),
    [],
)

TWENTYFIRST_SET = {
    "s21-reuters-zaporizhzhia": REUTERS_ZAPORIZHZHIA,
    "s21-kyiv-independent-refineries": KYIV_INDEPENDENT_REFINERIES,
    "s21-ap-lyman": AP_LYMAN,
    "s21-afp-kherson": AFP_KHERSON,
    "s21-aljazeera-kordofan": ALJAZEERA_KORDOFAN,
    "s21-ap-uvira": AP_UVIRA,
    "s21-quiet-meduza-budget": MEDUZA_BUDGET,
    "s21-quiet-paris-summit": REUTERS_PARIS_SUMMIT,
}
QUIET = {"s21-quiet-meduza-budget", "s21-quiet-paris-summit"}

# Known gaps at the first (and only) scoring, base 9904164, rules and model alike; no fix made for them yet.
TWENTYFIRST_GAPS: dict[str, str] = {}
TWENTYFIRST_INVENTED: dict[str, str] = {}
