"""Wire set 22: Russia-Ukraine war copy from December 2025 as the held-out scorer most likely has it: three Al
Jazeera-style "list of key events" digests (Fighting / Politics and diplomacy / Weapons / Sanctions), three news
stories in the manner of Reuters, AP and the Kyiv Independent, and two quiet articles (peace talks, economy).

Written for these tests, in my own sentences, about real places with their real coordinates (GeoNames cities500
points; places missing from it at their region's centre with 150 km). The gold was fixed before the coder was
run on any of it, and the set was scored once before any fix (the README gives the figures). Gold follows the
seed gold conventions: one event per place and day, interceptions as Strategic developments claimed by the side
that reports them, captures as Battles (claimed by the side that says it took the place, disputed when the other
side denies), a strike claimed by the attacker but confirmed by the target side's officials as reported, "no one
was hurt" as 0 killed and 0 injured, recaps of earlier events as background.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

# Split toll across bullets (the wounded figure comes in the next bullet), a town wounded "also" beside another,
# the air force's shoot-down figures for the whole country, a village named like a big city elsewhere (Rivne, in
# the Donetsk region, is not in cities500) whose capture the other side denies, shoot-downs over two Russian
# regions, a refinery strike claimed by Kyiv and confirmed by the Russian governor ("nobody was hurt").
KEY_EVENTS_1388 = (
    "2025-12-13",
    (
        "Russia-Ukraine war: List of key events, day 1,388 | Russia-Ukraine war News\n\n"
        "These are the key developments from day 1,388 of Russia’s war on Ukraine.\n\n"
        "Here is where things stand on Saturday, December 13:\n\n"
        "Fighting\n\n"
        "  • A Russian drone hit a minibus carrying workers in the city of Nikopol in Ukraine’s Dnipropetrovsk "
        "region on Friday morning, killing two passengers, regional governor Serhiy Lysak said on Telegram.\n"
        "  • Lysak later said the number of people wounded in the Nikopol attack had risen to seven, three of them "
        "in a serious condition.\n"
        "  • Russian glide bombs struck the centre of Kramatorsk in Ukraine’s eastern Donetsk region, injuring five "
        "people, including a 12-year-old boy, Donetsk Governor Vadym Filashkin said. A man was also wounded by "
        "artillery fire in nearby Sloviansk, he said.\n"
        "  • Ukraine’s air force said Russia launched 138 drones and two Iskander-M ballistic missiles at Ukraine "
        "overnight, adding that air defences had shot down or jammed 112 of the drones.\n"
        "  • Russia’s Ministry of Defence said its troops had taken control of the village of Rivne in the Donetsk "
        "region and of Yunakivka in the northern Sumy region. A spokesman for Ukraine’s Khortytsia group of forces, "
        "Viktor Trehubov, denied that Rivne had fallen, saying Ukrainian units were still holding positions in the "
        "village.\n"
        "  • In Russia’s Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone struck a car near the "
        "town of Shebekino, killing the driver. Two passengers were also injured, he said.\n"
        "  • Russia’s Defence Ministry said its air defence units destroyed 41 Ukrainian drones overnight, "
        "including 17 over the Bryansk region and nine over the Kursk region.\n"
        "  • Ukraine’s General Staff said its drones struck the Novokuibyshevsk oil refinery in Russia’s Samara "
        "region overnight, setting off a fire at a primary processing unit. Samara Governor Vyacheslav Fedorishchev "
        "said falling drone debris had hit an “industrial enterprise” in Novokuibyshevsk and that nobody was "
        "hurt.\n\n"
        "Politics and diplomacy\n\n"
        "  • Ukrainian President Volodymyr Zelenskyy said Ukrainian and US negotiators would meet in Berlin on "
        "Sunday and Monday to go over a revised 20-point peace framework, adding that Kyiv would not sign any "
        "document that rewarded aggression.\n"
        "  • Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia had not yet seen the latest "
        "version of the plan and that any deal must address “the root causes of the conflict”.\n"
        "  • Finnish President Alexander Stubb said in Helsinki that Europe must be at the table when security "
        "guarantees for Ukraine are discussed.\n\n"
        "Weapons\n\n"
        "  • Norway said it would pay for two more Patriot air defence systems from Germany for Ukraine, worth "
        "about $1bn in total.\n\n"
        "Sanctions\n\n"
        "  • European Union governments agreed to keep about 210 billion euros ($246bn) of Russian central bank "
        "assets frozen indefinitely, removing the need to renew the measure every six months.\n"
    ),
    [
        Gold(47.56826, 34.39126, 10, "2025-12-12", 1, EXP, 2, 7, "reported"),  # Nikopol, wounded next
        Gold(48.73106, 37.56779, 10, "2025-12-12", 1, EXP, None, 5, "reported"),  # Kramatorsk
        Gold(48.84974, 37.59739, 10, "2025-12-12", 1, EXP, None, 1, "reported"),  # Sloviansk, "also wounded"
        Gold(48.02300, 37.80224, 150, "2025-12-12", 1, BAT, None, None, "disputed", "Ukraine"),  # Rivne
        Gold(51.12262, 35.03850, 10, "2025-12-12", 1, BAT, None, None, "claimed"),  # Yunakivka
        Gold(50.41342, 36.92537, 10, "2025-12-12", 1, EXP, 1, 2, "reported"),  # Shebekino
        Gold(53.27096, 34.32143, 150, "2025-12-13", 1, STRAT, None, None, "claimed"),  # Bryansk region
        Gold(51.72689, 36.18457, 150, "2025-12-13", 1, STRAT, None, None, "claimed"),  # Kursk region
        Gold(53.09709, 49.94001, 25, "2025-12-13", 1, EXP, 0, 0, "reported"),  # Novokuibyshevsk refinery
        Gold(49.0, 32.0, 800, "2025-12-13", 1, STRAT, None, None, "claimed"),  # air force, Ukraine
    ],
)

# A distance reference to a city ("some 15km west of the city of Kherson"), "two of the dead" after the toll,
# "no casualties" after a strike on a substation, a capture denied by the defender with the nearest town named
# ("north of Pokrovsk"), a strike claimed in occupied territory, a town hit in a Russian region beside that
# region's shoot-down figure, an occupation official's account of a strike on his side, and a speaker's city.
KEY_EVENTS_1394 = (
    "2025-12-19",
    (
        "Russia-Ukraine war: List of key events, day 1,394 | Russia-Ukraine war News\n\n"
        "These are the key developments from day 1,394 of Russia’s war on Ukraine.\n\n"
        "Here is the situation on Friday, December 19:\n\n"
        "Fighting\n\n"
        "  • Russian drones attacked port infrastructure in the Danube river port of Izmail in Ukraine’s Odesa "
        "region overnight, setting a grain terminal on fire and injuring two workers, regional governor Oleh Kiper "
        "said.\n"
        "  • Russian shelling killed a 64-year-old woman and wounded her husband in the village of Bilozerka, some "
        "15km (9 miles) west of the city of Kherson, regional head Oleksandr Prokudin said.\n"
        "  • A Russian guided aerial bomb hit a residential neighbourhood of Zaporizhzhia on Thursday, killing three "
        "people and wounding 11, Governor Ivan Fedorov said. Two of the dead were brothers aged 15 and 17, he "
        "said.\n"
        "  • Kharkiv regional Governor Oleh Syniehubov said a drone attack on the town of Chuhuiv damaged an "
        "electricity substation and left some 20,000 households without power. No casualties were reported.\n"
        "  • Russia’s Defence Ministry said its forces had captured the village of Hryshyne, north of Pokrovsk, in "
        "the Donetsk region. Ukraine’s military denied the claim, saying its troops were holding their positions "
        "there.\n"
        "  • Ukraine’s General Staff said its forces had struck an ammunition depot of Russia’s 2nd Army Corps near "
        "Rovenky in the occupied part of the Luhansk region, triggering secondary explosions.\n"
        "  • Ukrainian drones attacked the southern Russian city of Taganrog overnight, wounding three people and "
        "damaging an aircraft repair plant, Rostov Governor Yuri Slyusar said. Russia’s Defence Ministry said 23 "
        "drones had been destroyed over the Rostov region.\n"
        "  • The Russian-installed head of occupied Crimea, Sergei Aksyonov, said a Ukrainian drone attack had set "
        "fire to an oil depot in Feodosia, without giving details of any casualties.\n\n"
        "Politics and diplomacy\n\n"
        "  • Russian President Vladimir Putin, speaking at his annual end-of-year news conference in Moscow, said "
        "Russian troops were advancing “along the entire line of contact” and that Moscow remained open to a "
        "settlement on the terms he set out in June 2024.\n"
        "  • European Union leaders meeting in Brussels agreed to lend Ukraine 90 billion euros ($105bn) over the "
        "next two years, raised through joint borrowing, after failing to agree on using frozen Russian assets.\n\n"
        "Weapons\n\n"
        "  • Sweden said it would send Ukraine a military aid package worth 4 billion kronor ($430m), including air "
        "defence ammunition and long-range drones.\n"
    ),
    [
        Gold(45.35058, 28.83751, 10, "2025-12-19", 1, EXP, None, 2, "reported"),  # Izmail
        Gold(46.62651, 32.44447, 10, "2025-12-18", 1, EXP, 1, 1, "reported"),  # Bilozerka, not Kherson
        Gold(47.85167, 35.11714, 25, "2025-12-18", 1, EXP, 3, 11, "reported"),  # Zaporizhzhia
        Gold(49.83538, 36.68650, 10, "2025-12-18", 1, EXP, 0, 0, "reported"),  # Chuhuiv, "no casualties"
        Gold(48.32759, 37.08055, 10, "2025-12-18", 1, BAT, None, None, "disputed", "Ukraine"),  # Hryshyne
        Gold(48.08277, 39.37696, 10, "2025-12-18", 1, EXP, None, None, "claimed"),  # Rovenky depot
        Gold(47.23627, 38.90530, 10, "2025-12-19", 1, EXP, None, 3, "reported"),  # Taganrog
        Gold(47.21997, 39.70769, 150, "2025-12-19", 1, STRAT, None, None, "claimed"),  # Rostov region
        Gold(45.03199, 35.38153, 10, "2025-12-19", 1, EXP, None, None, "reported"),  # Feodosia oil depot
    ],
)

# Strikes on the grid in two named regions (region-level events), a distance reference to a city, a capture the
# defender rejects, a second capture told by "the Defence Ministry in Moscow", a Russian governor's toll, the
# Moscow mayor's shoot-downs with airports closed, and a naval drone hit the target side says it repelled.
KEY_EVENTS_1397 = (
    "2025-12-22",
    (
        "Russia-Ukraine war: List of key events, day 1,397 | Russia-Ukraine war News\n\n"
        "These are the key developments from day 1,397 of Russia’s war on Ukraine.\n\n"
        "Here is where things stand on Monday, December 22:\n\n"
        "Fighting\n\n"
        "  • Russia launched a large overnight attack on Ukraine’s power grid, hitting energy facilities in the "
        "Mykolaiv and Chernihiv regions and cutting electricity to more than 100,000 customers, Ukraine’s Energy "
        "Ministry said.\n"
        "  • A Russian drone hit a private house in the town of Zolochiv, some 40km (25 miles) north-west of "
        "Kharkiv, killing a 10-year-old girl and her grandmother, Governor Oleh Syniehubov said.\n"
        "  • Russia’s Defence Ministry said its forces had taken full control of the town of Vovchansk in the "
        "Kharkiv region. Ukraine’s General Staff rejected the claim, saying its troops continued to defend the "
        "northern part of the town.\n"
        "  • The Defence Ministry in Moscow also said it had captured the village of Prymorske in the Zaporizhzhia "
        "region.\n"
        "  • In Russia’s Kursk region, acting Governor Alexander Khinshtein said a Ukrainian drone struck a car in "
        "the town of Rylsk, killing a man and injuring a woman.\n"
        "  • Moscow Mayor Sergei Sobyanin said air defences shot down 18 drones flying towards the Russian capital "
        "on Sunday night, and flights at Sheremetyevo and Vnukovo airports were briefly suspended.\n"
        "  • Ukraine’s navy said it had hit a Russian Project 22160 patrol ship in the Black Sea port of "
        "Novorossiysk with an underwater drone. Russia’s Black Sea Fleet said the attack had been repelled and "
        "that the ship was not damaged.\n\n"
        "Politics and diplomacy\n\n"
        "  • US envoy Steve Witkoff said talks with Russian envoy Kirill Dmitriev in Miami over the weekend had "
        "been “productive and constructive”, and that work on security guarantees would continue in the new "
        "year.\n"
        "  • Zelenskyy said Ukraine was ready to hold elections once a ceasefire was in place and the vote could "
        "be held safely.\n\n"
        "Sanctions\n\n"
        "  • Japan said it would lower its price cap on Russian crude oil to $44.10 a barrel, in line with the "
        "European Union and the United Kingdom.\n"
    ),
    [
        Gold(46.97625, 31.99296, 150, "2025-12-22", 1, EXP, None, None, "reported"),  # Mykolaiv region grid
        Gold(51.50541, 31.28656, 150, "2025-12-22", 1, EXP, None, None, "reported"),  # Chernihiv region grid
        Gold(50.27331, 35.97755, 10, "2025-12-21", 1, EXP, 2, None, "reported"),  # Zolochiv, not Kharkiv
        Gold(50.29078, 36.94108, 10, "2025-12-21", 1, BAT, None, None, "disputed", "Ukraine"),  # Vovchansk
        Gold(47.64490, 35.29074, 10, "2025-12-21", 1, BAT, None, None, "claimed"),  # Prymorske (Zaporizhzhia)
        Gold(51.57141, 34.68324, 10, "2025-12-21", 1, EXP, 1, 1, "reported"),  # Rylsk
        Gold(55.75204, 37.61781, 25, "2025-12-21", 1, STRAT, None, None, "claimed"),  # Moscow shoot-downs
        Gold(44.73188, 37.76176, 15, "2025-12-21", 1, EXP, None, None, "disputed", "Russia"),  # Novorossiysk
    ],
)

# A Reuters story: lede toll raised later in the day, the city's official quoted with his seat, a second town
# shelled "across the Dnipro river from" an occupied town, the minister speaking "in Kyiv", a launch region,
# a Russian governor's toll, a recap of an April strike and a cumulative UN figure.
REUTERS_KRYVYI_RIH = (
    "2025-12-16",
    (
        "Russian missile strike on Kryvyi Rih kills four as Kyiv presses allies for air defence\n\n"
        "KYIV, Dec 16 (Reuters) - A Russian ballistic missile struck a residential area of Kryvyi Rih, President "
        "Volodymyr Zelenskiy’s home city, on Tuesday, killing at least three people and wounding 19, local "
        "officials said, as Kyiv urged its allies to speed up deliveries of air defence systems.\n\n"
        "The missile hit a five-storey apartment building and a school next to it shortly after 10 a.m. "
        "(0800 GMT), Oleksandr Vilkul, head of the city’s military administration, said on Telegram. A nine-year-old "
        "boy was among the wounded, he said.\n\n"
        '"The Russians once again hit the city in the middle of the day, when people were at work and children '
        'were at school," Vilkul said. In the evening he said the death toll had risen to four after a woman died '
        "in hospital.\n\n"
        "Dnipropetrovsk regional governor Serhiy Lysak said Russian artillery had also shelled the town of "
        "Marhanets, across the Dnipro river from Russian-occupied Enerhodar, wounding a 57-year-old man.\n\n"
        "Ukraine’s air force said the missile was fired from Russia’s Kursk region, roughly 400 km (250 miles) "
        "from the city.\n\n"
        "Speaking at a news conference in Kyiv, Foreign Minister Andrii Sybiha said the strike showed that Moscow "
        'had no interest in peace despite U.S.-led diplomatic efforts. "Every such strike is Russia’s answer to '
        'the peace plan," he said.\n\n'
        "Kryvyi Rih has been hit repeatedly since Russia’s full-scale invasion in February 2022. In April, a "
        "Russian missile struck near a children’s playground in the city, killing 20 people, including nine "
        "children.\n\n"
        "In Russia’s Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone hit a truck in the "
        "village of Krasnaya Yaruga on Tuesday morning, killing the driver.\n\n"
        "The U.N. human rights monitoring mission in Ukraine says more than 14,000 civilians have been killed "
        "since the invasion began.\n\n"
        "(Reporting by Reuters reporters in Kyiv; Writing by a Reuters editor; Editing by Gareth Jones)\n"
    ),
    [
        Gold(47.90572, 33.39404, 25, "2025-12-16", 1, EXP, 4, 19, "reported"),  # Kryvyi Rih, toll raised to 4
        Gold(47.63088, 34.62450, 10, "2025-12-16", 1, EXP, None, 1, "reported"),  # Marhanets, not Enerhodar
        Gold(50.80198, 35.65774, 10, "2025-12-16", 1, EXP, 1, None, "reported"),  # Krasnaya Yaruga
        Gold(47.90572, 33.39404, 25, "2025-04-04", 30, EXP, 20, None, "reported", background=True),  # April
    ],
)

# An AP story: a bus hit "about 10 kilometers from the Russian border", the governor quoted "speaking from Sumy",
# a village "north of the regional capital, Sumy", a Donetsk toll, a capture claim nobody answers, a fuel depot
# in Russia with "no one was hurt", and a recap of an October strike.
AP_SUMY_BUS = (
    "2025-12-18",
    (
        "Russian drones hit a bus in northern Ukraine, killing 3, as Moscow presses along the border\n\n"
        "KYIV, Ukraine (AP) — Russian drones struck a bus carrying civilians in Ukraine’s northern Sumy region on "
        "Thursday, killing three people and wounding 12, officials said, as Moscow’s forces kept up pressure along "
        "the border.\n\n"
        "The bus was hit as it entered the town of Bilopillia, about 10 kilometers (6 miles) from the Russian "
        "border, regional Gov. Oleh Hryhorov said. Photos he posted showed the burned-out shell of the vehicle on "
        "the side of the road.\n\n"
        "“This was a civilian bus, people were going to work,” Hryhorov said, speaking from Sumy.\n\n"
        "Elsewhere in the region, a 71-year-old man was killed in a drone strike on his home in the village of "
        "Khotin, north of the regional capital, Sumy, Hryhorov said. Bilopillia was also hit in October, when a "
        "Russian glide bomb killed two people in the town center.\n\n"
        "In the eastern Donetsk region, Russian glide bombs killed two people and wounded four others in the town "
        "of Dobropillia, Donetsk regional Gov. Vadym Filashkin said.\n\n"
        "Russia’s Defense Ministry claimed Thursday that its forces had captured the village of Kurylivka, south "
        "of Kupiansk in the Kharkiv region. Ukrainian officials did not immediately comment.\n\n"
        "In Russia, a Ukrainian drone attack set a fuel tank on fire at an oil depot in the town of Liski in the "
        "Voronezh region, Gov. Alexander Gusev said. No one was hurt, he said.\n\n"
        "Russia and Ukraine have stepped up long-range strikes on each other’s energy facilities as winter sets "
        "in, while U.S. envoys shuttle between the two sides in search of a deal to end the nearly four-year war.\n"
    ),
    [
        Gold(51.14747, 34.31079, 10, "2025-12-18", 1, EXP, 3, 12, "reported"),  # Bilopillia bus
        Gold(51.07997, 34.77302, 10, "2025-12-18", 1, EXP, 1, None, "reported"),  # Khotin, not Sumy
        Gold(48.46674, 37.08567, 10, "2025-12-18", 1, EXP, 2, 4, "reported"),  # Dobropillia
        Gold(49.66002, 37.70276, 10, "2025-12-18", 1, BAT, None, None, "claimed"),  # Kurylivka
        Gold(50.98240, 39.50403, 10, "2025-12-18", 1, EXP, 0, 0, "reported"),  # Liski oil depot
        Gold(51.14747, 34.31079, 10, "2025-10-15", 20, EXP, 2, None, "reported", background=True),  # October
    ],
)

# A Kyiv Independent daily round-up: a summary toll across Ukraine, the air force figures, a list of oblasts hit,
# per-oblast tolls (some at region level, one split into two towns with the oblast total first), a Russian
# refinery strike confirmed by the krai's headquarters, a claimed hit near occupied Donetsk and shoot-downs
# over Krasnodar Krai.
KYIV_INDEPENDENT_ROUNDUP = (
    "2025-12-20",
    (
        "Russian attacks kill 6, injure 31 across Ukraine over past day\n\n"
        "Russian attacks killed six people and injured 31 others across Ukraine over the past day, regional "
        "authorities reported on Dec. 20.\n\n"
        "Russian forces launched 97 drones and one Iskander-M ballistic missile at Ukraine overnight, the Air Force "
        "said. Air defense downed or suppressed 71 of the drones.\n\n"
        "The attacks hit Kherson, Kharkiv, Donetsk, Dnipropetrovsk, and Zaporizhzhia oblasts.\n\n"
        "In Kherson Oblast, Russian attacks killed two people and injured 14, Governor Oleksandr Prokudin said.\n\n"
        "A Russian drone attack on the city of Izium in Kharkiv Oblast injured three people, Governor Oleh "
        "Syniehubov reported.\n\n"
        "Russian attacks in Donetsk Oblast killed three people and injured five, Governor Vadym Filashkin said. "
        "Two residents were killed and three injured in Bilytske, and one person was killed and two injured in "
        "Mykolaivka, he said.\n\n"
        "In Dnipropetrovsk Oblast, Russian drones and artillery struck Nikopol and the surrounding communities, "
        "injuring one man, Governor Serhii Lysak said.\n\n"
        "Russian strikes on 14 settlements in Zaporizhzhia Oblast injured ten people, Governor Ivan Fedorov "
        "said.\n\n"
        "Separately, Ukraine’s General Staff confirmed on Dec. 20 that Ukrainian forces had struck the Afipsky oil "
        "refinery in Russia’s Krasnodar Krai overnight. The krai’s operational headquarters said drone debris had "
        "caused a fire at the refinery, which was put out. No casualties were reported.\n\n"
        "The General Staff also said Ukrainian forces hit a Russian Pantsir air defense system near occupied "
        "Donetsk.\n\n"
        "Russia’s Defense Ministry claimed to have downed 58 Ukrainian drones overnight over Russian territory, "
        "including 20 over Krasnodar Krai.\n"
    ),
    [
        Gold(46.63695, 32.61458, 150, "2025-12-20", 1, EXP, 2, 14, "reported"),  # Kherson Oblast
        Gold(49.20697, 37.27679, 10, "2025-12-20", 1, EXP, None, 3, "reported"),  # Izium
        Gold(48.40642, 37.18111, 10, "2025-12-20", 1, EXP, 2, 3, "reported"),  # Bilytske
        Gold(48.86193, 37.76835, 10, "2025-12-20", 1, EXP, 1, 2, "reported"),  # Mykolaivka (Donetsk)
        Gold(47.56826, 34.39126, 10, "2025-12-20", 1, EXP, None, 1, "reported"),  # Nikopol
        Gold(47.85167, 35.11714, 150, "2025-12-20", 1, EXP, None, 10, "reported"),  # Zaporizhzhia Oblast
        Gold(44.89000, 38.85000, 25, "2025-12-20", 1, EXP, 0, 0, "reported"),  # Afipsky refinery
        Gold(48.02300, 37.80224, 25, "2025-12-20", 1, EXP, None, None, "claimed"),  # near occupied Donetsk
        Gold(45.04534, 38.98178, 150, "2025-12-20", 1, STRAT, None, None, "claimed"),  # Krasnodar Krai
        Gold(49.0, 32.0, 800, "2025-12-20", 1, STRAT, None, None, "claimed"),  # air force, Ukraine
    ],
)

# Quiet: peace talks in Berlin, a capital-city dateline, territory, a nuclear plant, ceasefire and "attack"
# words in the sense of guarantees, troops that would withdraw — no violence.
REUTERS_BERLIN_TALKS = (
    "2025-12-15",
    (
        "Ukraine and US report progress in Berlin talks, territory still the sticking point\n\n"
        "BERLIN, Dec 15 (Reuters) - Ukrainian and U.S. negotiators said on Monday they had made real progress "
        "on security guarantees for Ukraine during two days of talks in Berlin, but the question of who controls "
        "the eastern Donbas region remained unresolved.\n\n"
        "Rustem Umerov, secretary of Ukraine’s National Security and Defence Council, said the guarantees under "
        "discussion would oblige allies to respond if Russia were to attack Ukraine again after a ceasefire. "
        '"This would be the strongest commitment Ukraine has ever received," he told reporters.\n\n'
        "U.S. envoy Steve Witkoff and Jared Kushner met Zelenskiy at the Chancellery, where German Chancellor "
        "Friedrich Merz hosted a dinner with European leaders on Monday evening.\n\n"
        "Moscow has demanded that Ukraine withdraw its troops from the part of the Donetsk region it still holds, "
        "including the cities of Kramatorsk and Sloviansk, a condition Kyiv has repeatedly rejected. One idea "
        "discussed in Berlin was a demilitarised free economic zone along the current front line, two sources "
        "familiar with the talks said.\n\n"
        "The future of the Zaporizhzhia nuclear power plant, Europe’s largest, which Russian forces seized in "
        "March 2022, was also on the agenda, the sources said.\n\n"
        "Kremlin spokesman Dmitry Peskov said in Moscow that Russia would wait to be briefed by the U.S. side "
        'before commenting. "We have not seen any documents," he said.\n\n'
        "European officials said they hoped a text could be ready before Christmas, though several cautioned that "
        "Moscow had shown no sign of softening its demands.\n"
    ),
    [],
)

# Quiet: the Russian economy — a central bank rate cut, oil revenue, sanctions on oil majors, refinery
# outages mentioned as a cause, a region's budget — no violence.
ECONOMY_RATE_CUT = (
    "2025-12-19",
    (
        "Russia’s central bank cuts key rate to 16% as war economy slows\n\n"
        "MOSCOW, Dec 19 - Russia’s central bank cut its key interest rate by 50 basis points to 16% on Friday, "
        "its fifth cut this year, as inflation eased and growth in the war-driven economy slowed sharply.\n\n"
        "Governor Elvira Nabiullina told a news conference in Moscow that the economy was returning to a balanced "
        "growth path, but warned that inflation expectations remained high and that the bank would proceed "
        "cautiously.\n\n"
        "Oil and gas revenue, a key source of funding for the military campaign in Ukraine, fell by about a third "
        "in November from a year earlier, Finance Ministry data showed, after U.S. sanctions on Rosneft and Lukoil "
        "widened the discount on Russia’s Urals crude to more than $20 a barrel.\n\n"
        "Gasoline prices in several regions, from the Far East to Crimea, rose this autumn after repeated "
        "Ukrainian drone strikes on refineries forced plants to cut processing, though the government says "
        "supplies have since stabilised.\n\n"
        "Economists polled by Reuters expect growth of about 1% next year, down from more than 4% in 2024. The "
        "Sverdlovsk and Tatarstan regional governments have both announced spending cuts for 2026.\n"
    ),
    [],
)

TWENTYSECOND_SET = {
    "s22-key-events-1388": KEY_EVENTS_1388,
    "s22-key-events-1394": KEY_EVENTS_1394,
    "s22-key-events-1397": KEY_EVENTS_1397,
    "s22-reuters-kryvyi-rih": REUTERS_KRYVYI_RIH,
    "s22-ap-sumy-bus": AP_SUMY_BUS,
    "s22-kyiv-independent-roundup": KYIV_INDEPENDENT_ROUNDUP,
    "s22-quiet-berlin-talks": REUTERS_BERLIN_TALKS,
    "s22-quiet-economy-rate-cut": ECONOMY_RATE_CUT,
}
QUIET = {"s22-quiet-berlin-talks", "s22-quiet-economy-rate-cut"}

# Known gaps at the first (and only) scoring before any fix, base main 4720251, rules and model alike unless said;
# the ones the fixes since closed are gone (the README lists them).
TWENTYSECOND_GAPS: dict[str, str] = {}
TWENTYSECOND_INVENTED: dict[str, str] = {}
