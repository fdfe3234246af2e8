"""Wire set 24: Russia-Ukraine war copy from December 2025 as a held-out scorer would have it, with gold events:
two Al Jazeera-style "list of key events" digests (Fighting / Politics and diplomacy / Weapons / Sanctions), four
news stories in the manner of Reuters, AP, AFP and the Kyiv Independent, and two quiet articles (an EU loan
deal, a central-bank rate decision).

Written for these tests, in my own sentences, about real places with their real coordinates; the gold was fixed
before the coder was run on any of it, and the set was scored once before any fix (the README gives the
figures). Gold follows the seed gold conventions: one event per place and day; settlements 10-15 km, big cities
25, regions 150 around the administrative centre, the country 800; a place missing from cities500 (Zatyshshia)
at its region's centre with 150 km; a strike a side reports on its own ground is reported (0/0 when the text
says nobody was hurt), a side's own strike, capture or shoot-down count is claimed by it, disputed when the
other side denies it; a region-wide daily toll is one region-level event; cumulative tolls, distance
references, speakers' places, launch areas and the qualifying region are no events. Recaps of older strikes are
background (not required, not invented); so is the remainder of a shoot-down tally over unnamed regions (the
seed gold's optional "Russia (unnamed regions)").
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

DAY_1388 = (
    "2025-12-12",
    (
        "Russia-Ukraine war: List of key events, day 1,388\n\n"
        "As the war enters its 1,388th day, these are the main developments.\n\n"
        "Here is where things stand on Friday, December 12:\n\n"
        "Fighting\n\n"
        "- A Russian drone attack on the southern city of Kherson killed two people and wounded five others on "
        "Thursday, regional Governor Oleksandr Prokudin said. A 14-year-old boy was among the injured.\n"
        "- Russian glide bombs struck the city of Sloviansk in the Donetsk region on Thursday, killing one man "
        "and injuring eleven people, the head of the regional military administration, Vadym Filashkin, said. "
        "Several apartment blocks and a school were damaged.\n"
        "- In Zaporizhzhia, a Russian strike on an industrial enterprise injured three workers on Thursday, "
        "Governor Ivan Fedorov said. Fedorov said Russian forces had attacked the region 12 times over the "
        "previous 24 hours.\n"
        "- Russia's Ministry of Defence said its air defence units destroyed 64 Ukrainian drones over Russian "
        "territory overnight, including 21 over the Bryansk region and 14 over the Kursk region.\n"
        "- In Russia's Rostov region, a Ukrainian drone hit a residential building in the city of Taganrog early "
        "on Friday, injuring two people, Governor Yuri Slyusar said on Telegram.\n"
        "- Ukraine's General Staff said its forces struck the Novokuibyshevsk oil refinery in Russia's Samara "
        "region overnight, more than 800km (500 miles) from the front line, causing a large fire. Russian "
        "officials did not comment on the claim.\n"
        "- Russia's Defence Ministry said on Thursday that its forces had captured the village of Kurylivka in "
        "Ukraine's Kharkiv region.\n"
        "- The ministry also claimed the capture of Ivanopillia, a village about 25km (15 miles) southeast of "
        "Druzhkivka in the Donetsk region. Ukraine's military said the claim was false and that its troops "
        "still held positions in the village.\n\n"
        "Politics and diplomacy\n\n"
        "- Ukrainian President Volodymyr Zelenskyy said in Kyiv that Ukraine had sent its revised version of a "
        "peace framework to Washington, and that the question of territory in the east remained the hardest "
        "issue.\n"
        "- Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia had not yet seen the document "
        "and would not comment on its contents.\n"
        "- The leaders of France, Germany and the United Kingdom spoke by phone with US President Donald Trump "
        "about security guarantees for Ukraine, the French presidency said.\n"
        "- The UN Human Rights Monitoring Mission in Ukraine said it had verified more than 14,500 civilian "
        "deaths since Russia launched its full-scale invasion in February 2022.\n\n"
        "Weapons\n\n"
        "- Germany said it would finance two more Patriot air defence systems for Ukraine, to be delivered "
        "next year.\n\n"
        "Sanctions\n\n"
        "- European Union governments agreed to keep Russian central bank assets held in the bloc immobilised "
        "indefinitely, removing the need to renew the freeze every six months.\n"
    ),
    [
        Gold(46.63695, 32.61458, 15, "2025-12-11", 1, EXP, 2, 5, "reported"),  # Kherson
        Gold(48.84974, 37.59739, 10, "2025-12-11", 1, EXP, 1, 11, "reported"),  # Sloviansk
        Gold(47.85167, 35.11714, 25, "2025-12-11", 1, EXP, None, 3, "reported"),  # Zaporizhzhia city
        Gold(53.27096, 34.32143, 150, "2025-12-12", 1, STRAT, None, None, "claimed"),  # Bryansk Oblast
        Gold(51.72689, 36.18457, 150, "2025-12-12", 1, STRAT, None, None, "claimed"),  # Kursk Oblast
        Gold(47.23627, 38.90530, 10, "2025-12-12", 1, EXP, None, 2, "reported"),  # Taganrog
        Gold(53.09709, 49.94001, 15, "2025-12-12", 1, EXP, None, None, "claimed"),  # Novokuibyshevsk refinery
        Gold(49.66002, 37.70276, 10, "2025-12-11", 1, BAT, None, None, "claimed"),  # Kurylivka (Kharkiv)
        Gold(48.47334, 37.76328, 10, "2025-12-11", 1, BAT, None, None, "disputed", "Ukraine"),  # Ivanopillia
        # the other 29 drones over unnamed regions (the seed's optional "Russia (unnamed regions)")
        Gold(58.0, 60.0, 3000, "2025-12-12", 1, STRAT, None, None, "claimed", background=True),
    ],
)

DAY_1395 = (
    "2025-12-19",
    (
        "Russia-Ukraine war: List of key events, day 1,395\n\n"
        "These are the key developments on Friday, December 19:\n\n"
        "Fighting\n\n"
        "- Russia fired two ballistic missiles and 118 attack drones at Ukraine overnight, Ukraine's Air Force "
        "said, adding that air defences shot down or suppressed 89 of the drones. Hits were recorded in 11 "
        "locations.\n"
        "- In the Odesa region, Russian drones struck port infrastructure in Izmail on the Danube overnight, "
        "injuring two workers and damaging a grain warehouse, Governor Oleh Kiper said. The port lies across "
        "the river from Romania, a NATO member.\n"
        "- A Russian drone and missile attack on energy facilities in Kremenchuk in the central Poltava region "
        "cut power to thousands of households overnight. No casualties were reported, regional head Volodymyr "
        "Kohut said.\n"
        "- Kharkiv Mayor Ihor Terekhov said a Russian guided bomb hit the city's Kholodnohirskyi district on "
        "Thursday evening, wounding seven people, one of them seriously.\n"
        "- Russian artillery fire killed a 58-year-old man in the town of Orikhiv in the Zaporizhzhia region on "
        "Thursday, Governor Ivan Fedorov said. A woman was also injured.\n"
        "- Russia's Defence Ministry said on Thursday that its forces had taken control of Zatyshshia in the "
        "Zaporizhzhia region and Kupiansk-Vuzlovyi in the Kharkiv region. Ukraine's General Staff rejected the "
        "claim about Kupiansk-Vuzlovyi, saying Ukrainian units were still defending the town's railway hub.\n"
        "- Ukraine's SBU security service said on Thursday that its underwater drones had struck a Russian "
        "submarine at the naval base in Novorossiysk. Russia's Black Sea Fleet denied that any submarine had "
        "been hit.\n"
        "- Russia's Defence Ministry said 41 Ukrainian drones were destroyed over Russian regions overnight, "
        "most of them over the Voronezh and Rostov regions.\n"
        "- In the Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone struck a car in the "
        "village of Maslova Pristan on Friday morning, killing the driver. Two passengers were also injured.\n\n"
        "Politics and diplomacy\n\n"
        "- Russian President Vladimir Putin, speaking at his annual year-end news conference in Moscow, said "
        "Russian forces held the initiative along the entire front line and would achieve Moscow's goals by "
        "military means if diplomacy failed.\n"
        "- Zelenskyy, in Brussels for a summit of European Union leaders, urged them to approve a loan for "
        "Ukraine backed by frozen Russian assets.\n"
        "- EU leaders agreed to lend Ukraine 90 billion euros ($105bn) over the next two years, funded by "
        "joint borrowing, after Belgium blocked the use of the frozen assets.\n\n"
        "Weapons\n\n"
        "- Norway and Sweden said they would jointly pay for additional air defence interceptors for Ukraine.\n\n"
        "Sanctions\n\n"
        "- The United Kingdom imposed sanctions on 20 more tankers it says belong to Russia's shadow fleet.\n"
    ),
    [
        Gold(49.0, 31.4, 800, "2025-12-19", 1, STRAT, None, None, "claimed"),  # Air Force shoot-down count
        Gold(45.35058, 28.83751, 10, "2025-12-19", 1, EXP, None, 2, "reported"),  # Izmail
        Gold(49.06253, 33.40484, 15, "2025-12-19", 1, EXP, 0, 0, "reported"),  # Kremenchuk
        Gold(49.98177, 36.25475, 25, "2025-12-18", 1, EXP, None, 7, "reported"),  # Kharkiv
        Gold(47.57613, 35.78333, 10, "2025-12-18", 1, EXP, 1, 1, "reported"),  # Orikhiv
        # Zatyshshia is not in cities500: Zaporizhzhia Oblast's centre, 150 km
        Gold(47.85167, 35.11714, 150, "2025-12-18", 1, BAT, None, None, "claimed"),
        Gold(49.67061, 37.64319, 10, "2025-12-18", 1, BAT, None, None, "disputed", "Ukraine"),  # Kupiansk-V.
        Gold(44.73188, 37.76176, 15, "2025-12-18", 1, EXP, None, None, "disputed", "Russia"),  # Novorossiysk
        Gold(51.66833, 39.19204, 150, "2025-12-19", 1, STRAT, None, None, "claimed"),  # Voronezh Oblast
        Gold(47.21997, 39.70769, 150, "2025-12-19", 1, STRAT, None, None, "claimed"),  # Rostov Oblast
        Gold(50.45758, 36.72038, 10, "2025-12-19", 1, EXP, 1, 2, "reported"),  # Maslova Pristan
    ],
)

REUTERS_DNIPRO = (
    "2025-12-16",
    (
        "Russian missile strike on Dnipro kills four, wounds dozens, officials say\n\n"
        "KYIV, Dec 16 (Reuters) - A Russian missile strike on the central Ukrainian city of Dnipro killed four "
        "people and wounded dozens on Tuesday, regional officials said, as Moscow kept up its attacks on "
        "Ukraine's energy and transport networks ahead of a new round of peace talks.\n\n"
        "The missile hit near a bus station in the city centre during the morning rush hour, setting several "
        "vehicles ablaze, the head of the Dnipropetrovsk regional military administration said on the Telegram "
        "messaging app. Twenty-seven people were wounded, three of them children.\n\n"
        '"This was a deliberate strike on a crowded place," the official wrote, posting photographs of '
        "burnt-out buses.\n\n"
        "Later in the day, Russian artillery and drones hit the town of Nikopol, which lies on the Dnipro river "
        "across from the Russian-occupied Zaporizhzhia nuclear power plant, killing a 67-year-old man. Two "
        "women were also injured, the regional administration said.\n\n"
        "Russia's Defence Ministry said its forces had carried out a group strike on Ukrainian defence industry "
        "facilities overnight, but did not mention Dnipro. It also said its troops had captured the village of "
        "Novopavlivka in the Dnipropetrovsk region, an assertion Reuters could not independently verify.\n\n"
        "Ukraine's General Staff said its forces had hit an oil depot in Feodosia, in Russian-occupied Crimea, "
        "overnight. Russian-installed officials in Crimea did not comment.\n\n"
        "Dnipro, a city of about one million people some 390 km (240 miles) southeast of Kyiv, is a major "
        "logistics hub for the Ukrainian military. A Russian missile strike on the city in late June killed "
        "more than 20 people.\n\n"
        "Russian attacks have killed more than 120 civilians in the Dnipropetrovsk region since the start of "
        "the year, according to regional officials.\n\n"
        "(Reporting by Reuters staff; Editing by Reuters editors)\n"
    ),
    [
        Gold(48.46664, 35.04066, 25, "2025-12-16", 1, EXP, 4, 27, "reported"),  # Dnipro
        Gold(47.56826, 34.39126, 10, "2025-12-16", 1, EXP, 1, 2, "reported"),  # Nikopol
        Gold(48.13816, 36.78654, 10, "2025-12-16", 1, BAT, None, None, "claimed"),  # Novopavlivka (Dnipro.)
        Gold(45.03199, 35.38153, 15, "2025-12-16", 1, EXP, None, None, "claimed"),  # Feodosia oil depot
        Gold(48.46664, 35.04066, 25, "2025-06-24", 10, EXP, 20, None, "reported", background=True),
    ],
)

AP_SUMY = (
    "2025-12-09",
    (
        "Russian drone hits minibus in northern Ukraine, killing 3, as attacks on border areas intensify\n\n"
        "KYIV, Ukraine (AP) — A Russian drone struck a minibus carrying civilians near the town of Bilopillia "
        "in Ukraine's northern Sumy region on Tuesday, killing three people and wounding nine others, local "
        "officials said.\n\n"
        "Bilopillia, which lies about 10 kilometers (6 miles) from the Russian border, has been under "
        "near-constant attack for months. The drone hit the vehicle as it carried residents to a market, said "
        "Oleh Hryhorov, head of the Sumy regional military administration.\n\n"
        '"There were no soldiers on that bus, only pensioners and the driver," Hryhorov wrote on Telegram.\n\n'
        "Elsewhere in the region, a Russian guided bomb hit the regional capital, Sumy, damaging a school and "
        "injuring two people. In the village of Krasnopillia, some 15 kilometers (9 miles) from the border, a "
        "70-year-old woman was killed when shelling struck her home.\n\n"
        "On Monday, Russian drones hit energy facilities in Shostka, leaving the town of about 70,000 people "
        "without power and running water, officials said.\n\n"
        "Russia's Defense Ministry said Tuesday that its troops had captured the village of Kindrativka in the "
        "Sumy region. It also accused Ukraine of launching long-range drones at Russian cities from the Sumy "
        "region.\n\n"
        "Across the border in Russia's Kursk region, acting Gov. Alexander Khinshtein said a Ukrainian drone hit "
        "a car in the town of Rylsk on Tuesday, killing a man. His wife was also injured, Khinshtein said.\n\n"
        "At least 11 civilians have been killed in the Sumy region so far this month, according to regional "
        "authorities. In April, a Russian ballistic missile attack on the center of Sumy killed 35 people.\n\n"
        "Ukrainian President Volodymyr Zelenskyy, who was in London on Monday for talks with European leaders, "
        'said Russia was escalating its attacks while claiming to want peace. "Every day they choose drones '
        'over diplomacy," he said.\n'
    ),
    [
        Gold(51.14747, 34.31079, 10, "2025-12-09", 1, EXP, 3, 9, "reported"),  # Bilopillia minibus
        Gold(50.91741, 34.79906, 25, "2025-12-09", 1, EXP, None, 2, "reported"),  # Sumy
        Gold(50.77389, 35.25633, 10, "2025-12-09", 1, EXP, 1, None, "reported"),  # Krasnopillia
        Gold(51.86434, 33.47283, 10, "2025-12-08", 1, EXP, None, None, "reported"),  # Shostka
        Gold(51.14326, 34.77343, 10, "2025-12-09", 1, BAT, None, None, "claimed"),  # Kindrativka
        Gold(51.57141, 34.68324, 10, "2025-12-09", 1, EXP, 1, 1, "reported"),  # Rylsk
        Gold(50.91741, 34.79906, 25, "2025-04-13", 30, EXP, 35, None, "reported", background=True),
    ],
)

AFP_UST_LUGA = (
    "2025-12-14",
    (
        "Ukrainian drones hit Russian Baltic port as Moscow strikes Odesa\n\n"
        "Ukrainian drones struck an oil terminal at the Russian Baltic Sea port of Ust-Luga overnight, setting "
        "a fuel tank on fire, the governor of the Leningrad region said Sunday, as Russian strikes on Ukraine's "
        "southern Odesa region killed one person.\n\n"
        '"The port was attacked by drones. A fire broke out at a fuel tank and has been contained. Nobody was '
        'hurt," Leningrad regional governor Alexander Drozdenko said on Telegram.\n\n'
        "A source in Ukraine's SBU security service told AFP the agency was behind the attack, which it said "
        'targeted a facility loading oil onto tankers of Russia\'s "shadow fleet". Ust-Luga lies some 110 '
        "kilometres west of Saint Petersburg.\n\n"
        "Russia's defence ministry said its air defences had downed 47 Ukrainian drones overnight, including 25 "
        "over the Leningrad region.\n\n"
        "In Ukraine, a Russian drone attack on Odesa overnight killed one man and wounded two people, regional "
        "governor Oleh Kiper said, and damaged energy infrastructure, leaving parts of the city without power. "
        "A separate drone strike damaged a road bridge near Bilhorod-Dnistrovskyi, about 45 kilometres "
        "southwest of Odesa, Kiper added.\n\n"
        "Moscow also claimed its troops had captured Vovchansk, a town in the Kharkiv region close to the "
        "Russian border. Kyiv's General Staff denied the town had fallen, saying fighting was continuing in its "
        "northern districts.\n\n"
        "Russian forces captured 505 square kilometres of Ukrainian territory in November, according to an AFP "
        "analysis of data from the US-based Institute for the Study of War.\n\n"
        "Ukrainian President Volodymyr Zelensky, who is due in Berlin on Sunday for talks with US envoys Steve "
        "Witkoff and Jared Kushner, said Kyiv was ready to discuss a ceasefire along the current front line.\n"
    ),
    [
        Gold(59.66755, 28.28713, 15, "2025-12-14", 1, EXP, 0, 0, "reported"),  # Ust-Luga terminal
        Gold(59.57639, 30.12833, 150, "2025-12-14", 1, STRAT, None, None, "claimed"),  # Leningrad Oblast
        Gold(46.48572, 30.74383, 25, "2025-12-14", 1, EXP, 1, 2, "reported"),  # Odesa
        Gold(46.19484, 30.34827, 10, "2025-12-14", 1, EXP, None, None, "reported"),  # Bilhorod-Dnistrovskyi
        Gold(50.29078, 36.94108, 10, "2025-12-14", 1, BAT, None, None, "disputed", "Ukraine"),  # Vovchansk
    ],
)

KYIV_INDEPENDENT = (
    "2025-12-21",
    (
        "Russian attack on Kryvyi Rih kills 2, injures 14; Ukraine hits ammunition depot in occupied Luhansk "
        "Oblast\n\n"
        "Russian forces launched a missile attack against Kryvyi Rih in Dnipropetrovsk Oblast on the evening of "
        "Dec. 20, killing two people and injuring 14, Kryvyi Rih Military Administration head Oleksandr Vilkul "
        "reported.\n\n"
        "Among the injured are two children, aged 7 and 12. Nine people have been hospitalized, Vilkul said.\n\n"
        "The strike damaged a five-story residential building, an administrative building and several cars.\n\n"
        "Kryvyi Rih, President Volodymyr Zelensky's hometown, is regularly targeted by Russian strikes. On April "
        "4, a Russian ballistic missile struck near a playground in the city, killing 20 people, including nine "
        "children.\n\n"
        "Over the past day, Russian attacks killed three people and injured 19 in Kherson Oblast, Governor "
        "Oleksandr Prokudin reported. Russian forces targeted 42 settlements in the oblast, including Kherson "
        "city, with artillery, drones, and aerial bombs.\n\n"
        "Ukraine's General Staff said on Dec. 21 that Ukrainian forces had hit a Russian ammunition depot near "
        "the town of Rovenky in occupied Luhansk Oblast. The extent of the damage is being clarified, the "
        "General Staff said. The Kyiv Independent could not verify the claim.\n\n"
        "Russia launched 103 drones against Ukraine overnight, the Air Force said. Air defense shot down or "
        "suppressed 80 of them, while 23 drones hit nine locations.\n"
    ),
    [
        Gold(47.90572, 33.39404, 25, "2025-12-20", 1, EXP, 2, 14, "reported"),  # Kryvyi Rih
        Gold(46.63695, 32.61458, 150, "2025-12-21", 1, EXP, 3, 19, "reported"),  # Kherson Oblast, past day
        Gold(48.08277, 39.37696, 15, "2025-12-21", 1, EXP, None, None, "claimed"),  # Rovenky depot
        Gold(49.0, 31.4, 800, "2025-12-21", 1, STRAT, None, None, "claimed"),  # Air Force shoot-down count
        Gold(47.90572, 33.39404, 25, "2025-04-04", 1, EXP, 20, None, "reported", background=True),
    ],
)

QUIET_EU_LOAN = (
    "2025-12-19",
    (
        "EU agrees 90 billion euro loan for Ukraine after frozen-assets plan stalls\n\n"
        "BRUSSELS (AP) — European Union leaders agreed early Friday to lend Ukraine 90 billion euros over the "
        "next two years, raising the money through joint borrowing after Belgium refused to back a plan to use "
        "frozen Russian central bank assets.\n\n"
        "Most of the immobilised assets are held by Euroclear, a financial institution based in Brussels, and "
        "Belgian Prime Minister Bart De Wever had demanded guarantees that other countries would share the "
        "risk if Moscow sued.\n\n"
        '"Ukraine will have what it needs for the next two years," European Council President António Costa '
        "told reporters after the summit.\n\n"
        "The loan is meant to cover most of Kyiv's budget and military needs in 2026 and 2027, as the war "
        "approaches its fifth year. Hungary, Slovakia and the Czech Republic will not take part in the "
        "borrowing.\n\n"
        "Ukrainian President Volodymyr Zelenskyy, who had travelled to Brussels to lobby for the assets plan, "
        "thanked the leaders, saying the money would keep Ukraine's army supplied while negotiations with "
        "Washington and Moscow continue.\n\n"
        "The Kremlin said any attempt to seize Russian assets would be theft and warned it would respond.\n"
    ),
    [],
)

QUIET_CENTRAL_BANK = (
    "2025-12-11",
    (
        "Ukraine central bank holds key rate at 15.5%, citing energy risks\n\n"
        "KYIV, Dec 11 (Reuters) - Ukraine's central bank kept its main interest rate unchanged at 15.5% on "
        "Thursday, saying inflation was slowing but that damage to the energy system and uncertainty over "
        "foreign financing kept risks high.\n\n"
        "Annual inflation eased to 11.3% in November from 11.9% a month earlier, the National Bank of Ukraine "
        "said in a statement, and it expects price growth to slow further next year.\n\n"
        '"The main risk remains the war," Governor Andriy Pyshnyi told a news conference in Kyiv, adding that '
        "prolonged power outages after attacks on generating capacity this autumn could push up business "
        "costs.\n\n"
        "The bank cut its 2026 growth forecast to 1.8% from 2.0%, citing the loss of gas production and higher "
        "spending on imported electricity from Poland, Slovakia and Romania.\n\n"
        "Ukraine's economy has depended on foreign aid since Russia's full-scale invasion in February 2022. The "
        "bank said it assumed that international partners would cover the budget deficit in 2026.\n"
    ),
    [],
)

TWENTYFOURTH_SET = {
    "s24-day-1388": DAY_1388,
    "s24-day-1395": DAY_1395,
    "s24-reuters-dnipro": REUTERS_DNIPRO,
    "s24-ap-sumy": AP_SUMY,
    "s24-afp-ust-luga": AFP_UST_LUGA,
    "s24-kyiv-independent": KYIV_INDEPENDENT,
    "s24-quiet-eu-loan": QUIET_EU_LOAN,
    "s24-quiet-central-bank": QUIET_CENTRAL_BANK,
}
QUIET = {"s24-quiet-eu-loan", "s24-quiet-central-bank"}

# Known gaps at the first (and only) scoring, base ff5b164, both recogniser modes alike.
TWENTYFOURTH_GAPS: dict[str, str] = {
    "s24-afp-ust-luga": (
        "Ust-Luga: the governor's quoted 'Nobody was hurt' (the next paragraph, inside a quote) is not read as a "
        "zero toll (0/0 wanted, None/None coded)"
    ),
}
TWENTYFOURTH_INVENTED: dict[str, str] = {}
