"""An eighth wire-style set: narrative reporting of the Russia-Ukraine war (Dec 2025 - Jan 2026), written for
these tests and scored once before any fix (the README gives both scores).

Narrative copy names far more places than it has events: background paragraphs, recaps of earlier strikes,
quotes about the past, threatened or hypothetical strikes, analysts' comparisons, launch sites and ranges,
speakers' locations. So: an Al Jazeera-style news story about one attack, an Al Jazeera-style explainer that
mostly recaps, a War Zone-style weapons piece, a Kyiv Independent-style report of a capture claim the
Ukrainian military disputes, and a quiet sanctions story naming many capitals. Recapped events carry
`background=True` with their own date, as the seed gold marks them: not required, not invented if coded with
that date. None of the text is taken from any corpus.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, QUIET, STRAT, Gold

AJ_ZAPORIZHZHIA = (
    "2026-01-09",
    "Two killed as Russia pounds Zaporizhzhia with drones and glide bombs | Russia-Ukraine war News\n"
    "\n"
    "Russian drones and guided aerial bombs have pounded the southeastern Ukrainian city of Zaporizhzhia, "
    "killing two people and wounding 11 others, according to regional officials, as Ukraine’s allies gathered "
    "in Paris to discuss security guarantees for Kyiv.\n"
    "\n"
    "The attack late on Thursday damaged an apartment block, a kindergarten and power lines in the city, "
    "Zaporizhzhia regional governor Ivan Fedorov said on Telegram. A 54-year-old woman and a 17-year-old boy "
    "were among the dead, he said.\n"
    "\n"
    "By Friday afternoon the number of injured had risen to 14, including three children, the regional police "
    "said.\n"
    "\n"
    "In the neighbouring Dnipropetrovsk region, a Russian drone hit a minibus in the town of Nikopol, wounding "
    "its driver, regional head Oleksandr Hanzha said. Nikopol lies across the reservoir from the "
    "Russian-occupied Zaporizhzhia nuclear power plant in Enerhodar and is shelled almost daily.\n"
    "\n"
    "“We were asleep when the windows came in,” said Halyna, 67, who lives in the damaged building. “It was "
    "the same in April, when a missile hit the next street.”\n"
    "\n"
    "Zaporizhzhia, a city of about 700,000 people before the war, lies some 30km from the front line. Russian "
    "forces have been pushing towards it from the east since Moscow said last month that it had captured "
    "Huliaipole, a claim Ukraine’s military rejected.\n"
    "\n"
    "Talks in Paris\n"
    "\n"
    "The attack came as leaders and ministers from more than 30 countries met in Paris to discuss how a "
    "multinational force could protect Ukraine after a ceasefire.\n"
    "\n"
    "Ukrainian President Volodymyr Zelenskyy, speaking in Paris, said Russia “answers every diplomatic step "
    "with missiles” and warned that Moscow was preparing another massive strike on the power grid.\n"
    "\n"
    "Russia’s Ministry of Defence said on Friday that its air defences had destroyed 27 Ukrainian drones "
    "overnight over the Bryansk and Kursk regions. Kyiv did not comment.\n"
    "\n"
    "The war, now approaching its fifth year, has killed more than 14,000 civilians, according to the United "
    "Nations.\n",
    [
        Gold(47.85, 35.12, 15, "2026-01-08", 1, EXP, 2, 14, "reported"),  # Zaporizhzhia, the later toll
        Gold(47.57, 34.39, 10, "2026-01-08", 1, EXP, None, 1, "reported"),  # Nikopol, not Enerhodar
        Gold(53.27, 34.32, 150, "2026-01-08", 1, STRAT, None, None, "claimed"),  # drones over Bryansk region
        Gold(51.73, 36.18, 150, "2026-01-08", 1, STRAT, None, None, "claimed"),  # and over Kursk region
        # recapped: Moscow's claim last month, rejected by Ukraine
        Gold(47.67, 36.26, 10, "2025-12-16", 16, BAT, None, None, "disputed", "Ukraine", background=True),
    ],
)

AJ_EXPLAINER = (
    "2026-01-14",
    "Why is Russia hitting Ukraine’s power plants again, and can Kyiv keep the lights on? | Russia-Ukraine "
    "war News\n"
    "\n"
    "Millions of Ukrainians are facing blackouts of up to 16 hours a day in sub-zero temperatures after a "
    "fresh wave of Russian strikes on the country’s energy system.\n"
    "\n"
    "On Tuesday night, Russian drones hit a thermal power plant in the town of Burshtyn in western Ukraine’s "
    "Ivano-Frankivsk region, its operator DTEK said on Wednesday. No casualties were reported.\n"
    "\n"
    "Here is what we know about the campaign and why it matters.\n"
    "\n"
    "What has Russia hit?\n"
    "\n"
    "Since October, Russia has launched a dozen large combined attacks on Ukraine’s power stations and "
    "substations.\n"
    "\n"
    "The biggest came on December 27, when some 500 drones and 40 missiles were fired at Kyiv and the "
    "surrounding region, killing two people and cutting power to more than a million homes.\n"
    "\n"
    "Last month’s strike on the Ladyzhyn thermal power plant in the Vinnytsia region knocked out one of the "
    "last large coal-fired units still working, according to the grid operator Ukrenergo.\n"
    "\n"
    "DTEK says its plants have been attacked more than 200 times since February 2022.\n"
    "\n"
    "Why now?\n"
    "\n"
    "Analysts say Moscow wants to break Ukrainians’ will before any ceasefire deal is signed.\n"
    "\n"
    "“The Kremlin did exactly the same in the winter of 2022, when it tried to freeze Kharkiv and Kyiv into "
    "submission,” said Mariia Zolkina, an analyst at the London School of Economics.\n"
    "\n"
    "Moscow says it is responding to Ukrainian attacks on its own energy sites. In November, Ukrainian drones "
    "set fire to the oil terminal in the Black Sea port of Novorossiysk, and on January 4 Ukraine’s General "
    "Staff said it had struck an oil depot in Russia’s Belgorod region.\n"
    "\n"
    "What could happen next?\n"
    "\n"
    "Ukrainian officials warn that if Russia knocks out the substations that feed the Khmelnytskyi and Rivne "
    "nuclear plants, large parts of the grid could collapse.\n"
    "\n"
    "Former Russian President Dmitry Medvedev has threatened strikes on “decision-making centres” in Kyiv.\n"
    "\n"
    "Kyiv has asked its allies for more Patriot air defence systems; Germany pledged two more last week.\n",
    [
        Gold(49.25, 24.63, 10, "2026-01-13", 1, EXP, 0, 0, "reported"),  # Burshtyn, no casualties
        # recaps, each with its own date
        Gold(50.45, 30.52, 25, "2025-12-27", 1, EXP, 2, None, "reported", background=True),  # Kyiv
        Gold(48.68, 29.24, 10, "2025-12-16", 16, EXP, None, None, "reported", background=True),  # Ladyzhyn
        Gold(
            44.72, 37.77, 15, "2025-11-15", 16, EXP, None, None, "reported", background=True
        ),  # Novorossiysk
        Gold(50.60, 36.58, 150, "2026-01-04", 1, EXP, None, None, "claimed", background=True),  # Belgorod
    ],
)

TWZ_ORESHNIK = (
    "2026-01-12",
    "Ukraine Says It Hit The Factory That Builds Russia’s Oreshnik Missile\n"
    "\n"
    "Ukraine’s General Staff says its long-range drones struck the Votkinsk Machine Building Plant in Russia’s "
    "Udmurt Republic overnight, the factory that builds the Iskander, the Yars intercontinental ballistic "
    "missile and the new Oreshnik intermediate-range ballistic missile. Russian authorities have not "
    "confirmed any damage.\n"
    "\n"
    "Votkinsk lies roughly 1,300 kilometers (800 miles) from the nearest Ukrainian-controlled territory, which "
    "would make this one of the deepest strikes of the war if confirmed.\n"
    "\n"
    "The plant is the only known producer of the Oreshnik, which Russia first fired in anger on November 21, "
    "2024, at the Yuzhmash aerospace factory in Dnipro. That missile was launched from the Kapustin Yar test "
    "range in the Astrakhan region, about 800 kilometers from its target.\n"
    "\n"
    "Belarus said last month that an Oreshnik unit was on combat duty on its territory. From a base near "
    "Krychaw in eastern Belarus, the missile could reach Berlin in about 11 minutes by some estimates, and "
    "Lviv in far less. Its range is thought to be around 5,500 kilometers, enough to hold London and Lisbon "
    "at risk from western Russia.\n"
    "\n"
    "Russia fired a second Oreshnik on the night of January 8, at the western Ukrainian city of Lviv, along "
    "with Kh-101 cruise missiles launched from Tu-95MS bombers over the Caspian Sea, Ukraine’s Air Force "
    "said. The missile hit an energy facility on the city’s outskirts, Lviv Mayor Andriy Sadovyi said. No one "
    "was hurt.\n"
    "\n"
    "The bombers fly from Engels air base in the Saratov region, which Ukrainian drones have struck "
    "repeatedly over the past year. Ukraine’s own Flamingo cruise missile, which its maker Fire Point says can "
    "fly 3,000 kilometers, has not been used against Votkinsk, Ukrainian officials said.\n",
    [
        Gold(57.05, 53.99, 15, "2026-01-11", 1, EXP, None, None, "claimed"),  # Votkinsk, Ukraine's word only
        Gold(49.84, 24.02, 25, "2026-01-08", 1, EXP, 0, 0, "reported"),  # Lviv, not the Caspian Sea
        Gold(48.47, 35.04, 25, "2024-11-21", 0, EXP, None, None, "reported", background=True),  # Dnipro
        Gold(53.70, 28.00, 800, "2025-12-16", 16, STRAT, None, None, "claimed", background=True),  # Belarus
    ],
)

KI_CAPTURE = (
    "2026-01-05",
    "Russia claims capture of Kupiansk-Vuzlovyi, Ukraine’s military calls it ‘fiction’\n"
    "\n"
    "Russia’s Defense Ministry claimed on Jan. 4 that its troops had captured Kupiansk-Vuzlovyi, a railway "
    "hub on the eastern bank of the Oskil River in Kharkiv Oblast.\n"
    "\n"
    "Ukraine’s Joint Forces Task Force denied the claim, saying its units still held the town and had pushed "
    "Russian assault groups back from its northern outskirts. “This is fiction meant for the negotiating "
    "table,” spokesperson Viktor Trehubov told the Kyiv Independent from Kharkiv.\n"
    "\n"
    "Russian forces have been trying to encircle the town since December, when they crossed the Oskil near "
    "Dvorichna. Moscow also claimed in November to have seized Kupiansk itself, a claim Ukrainian troops "
    "disproved by clearing most of the city.\n"
    "\n"
    "The Defense Ministry said on Jan. 4 that its forces had also taken the village of Ivanopillia in the "
    "Donetsk region. Ukraine’s General Staff did not comment on that claim.\n"
    "\n"
    "In the city of Kharkiv, Russian drones struck an industrial facility overnight on Jan. 5, injuring three "
    "people, Mayor Ihor Terekhov said. A 70-year-old woman was also injured in the village of Bezruky north of "
    "the city, Governor Oleh Syniehubov said.\n",
    [
        Gold(49.67, 37.64, 3, "2026-01-04", 1, BAT, None, None, "disputed", "Ukraine"),  # Kupiansk-Vuzlovyi
        Gold(48.47, 37.76, 5, "2026-01-04", 1, BAT, None, None, "claimed"),  # Ivanopillia, Donetsk region
        Gold(49.99, 36.23, 15, "2026-01-05", 1, EXP, None, 3, "reported"),  # Kharkiv, not the speaker's city
        Gold(50.17, 36.12, 5, "2026-01-05", 1, EXP, None, 1, "reported"),  # Bezruky
        # recaps: the crossing in December, the November claim on Kupiansk
        Gold(49.85, 37.68, 10, "2025-12-16", 16, BAT, None, None, "reported", background=True),  # Dvorichna
        Gold(49.71, 37.62, 3, "2025-11-15", 16, BAT, None, None, "disputed", "Ukraine", background=True),
    ],
)

EU_SANCTIONS = (
    "2026-01-08",
    "EU readies new Russia sanctions as envoys shuttle between capitals\n"
    "\n"
    "BRUSSELS — The European Union is preparing a 20th package of sanctions against Russia aimed at its oil "
    "revenues and shadow fleet of tankers, diplomats in Brussels said on Wednesday, as US envoys shuttled "
    "between Washington, Moscow and Kyiv in search of a ceasefire deal.\n"
    "\n"
    "The package, which needs the backing of all 27 member states, would add more tankers to a blacklist and "
    "restrict banks in Kyrgyzstan and the United Arab Emirates accused of helping Moscow evade earlier "
    "measures, two diplomats said. Hungary and Slovakia, which still buy Russian oil through the Druzhba "
    "pipeline, have signalled they could hold it up.\n"
    "\n"
    "US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Tuesday, the Kremlin "
    "said, days after talks with Ukrainian and European officials in Paris and Berlin. Ukraine’s chief "
    "negotiator Rustem Umerov was due in Miami on Thursday, and a further round could take place in Abu Dhabi "
    "or Geneva, officials said.\n"
    "\n"
    "Warsaw, Vilnius and Tallinn have urged Brussels to go further and seize frozen Russian central bank "
    "assets held in Belgium. “Sanctions are working: Russia’s budget deficit is growing,” Estonian Foreign "
    "Minister Margus Tsahkna told reporters in Tallinn.\n"
    "\n"
    "The talks have yet to bridge the gap over the Donbas. Moscow demands that Ukraine withdraw from the parts "
    "of the Donetsk region it still holds, including the cities of Kramatorsk and Sloviansk, which Kyiv "
    "refuses.\n"
    "\n"
    "Russia’s Finance Ministry said on Wednesday that oil and gas revenues fell by a quarter in 2025, hit by "
    "lower prices, sanctions and months of Ukrainian drone attacks on refineries.\n",
    [],  # quiet: diplomacy and money, no event
)

EIGHTH_SET = {
    "aj-zaporizhzhia": AJ_ZAPORIZHZHIA,
    "aj-explainer": AJ_EXPLAINER,
    "twz-oreshnik": TWZ_ORESHNIK,
    "ki-capture": KI_CAPTURE,
    "eu-sanctions": EU_SANCTIONS,
}
# The scorers read the one QUIET set of wire_styles; adding to it here keeps the registration to this module.
QUIET.add("eu-sanctions")
