"""Wire set 25: war news and published-report styles from December 2025, with gold events: an Al Jazeera-style
key-events digest on Russia-Ukraine, a Ukrainian Air Force statement followed by regional military
administrations' reports, an ISW-style campaign assessment, a Gaza story (hospital and civil defence tolls, an
army account Hamas denies), a south Lebanon story (strikes on named villages, an army claim), a Sudan story
(SAF and RSF claims and denials, drones on Kordofan towns, an attack near El Fasher), a Myanmar story (junta
air strikes, a KIA claim the junta denies), an eastern Congo story (M23 in Uvira, a drone strike the army
denies) and two quiet articles (an EU loan agreement, an aid update).

Written for these tests, in my own sentences, about real places with their real coordinates (GeoNames
cities500 where the place is there); the gold was fixed before the coder was run on any of it, and the set was
scored once, on the latest main, before any fix (the commit message gives the figures). Gold follows the seed
gold conventions: one event per place and day; a toll split across bullets or sentences belongs to the one
event of that place and day; "no one was hurt" / "no casualties" is 0 killed and 0 injured; places missing from
cities500 (Kamanyola, Nyabiondo) at their province's administrative centre with 150 km; a neighbourhood or
camp (Mawasi, Shujaiya) at its city. A strike or clash reported by the side on whose ground it fell, by a
hospital, a monitor or a third party's assessment (ISW's geolocated footage) is reported; a side's own strike,
capture or shoot-down told only by it is claimed, disputed when the other side denies it. Launch sites,
distance references ("some 100 km south-east of Dnipro"), speakers' places, the qualifying region and
cumulative tolls are no events. The Air Force's overall tally is the shoot-down (Disrupted weapons use at
Ukraine, claimed); its unplaced "hits at 11 locations" are the regional administrations' events, not another.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

VAC = "Violence against civilians"

KEY_EVENTS = (
    "2025-12-15",
    """Russia-Ukraine war: List of key events, day 1,391
Here is how things stand on Monday, December 15:

Fighting
- A Russian drone attack on the southern city of Kherson killed a 58-year-old man and wounded two women on \
Sunday, the head of the regional military administration, Oleksandr Prokudin, said on Telegram.
- Russian forces dropped guided aerial bombs on the town of Kostiantynivka in Ukraine's eastern Donetsk \
region, killing two people, the regional governor, Vadym Filashkin, said.
- Three more civilians were wounded in Kostiantynivka when a drone hit a minibus later in the day, Filashkin \
added.
- Russian artillery also hit the village of Bilozerka, about 15km (9 miles) west of Kherson, injuring a \
70-year-old woman, the Kherson administration said.
- Russia launched a large attack on energy facilities in the Odesa region overnight, leaving more than \
100,000 households without electricity and heating, regional governor Oleh Kiper said.
- Ukraine's General Staff said its long-range drones hit the Novokuibyshevsk oil refinery in Russia's Samara \
region overnight, setting off a fire at a primary processing unit. Russian officials did not comment on the \
claim.
- Russia's Ministry of Defence said its air defence units destroyed 64 Ukrainian drones overnight, 21 of them \
over the Bryansk region and 17 over the Kursk region.
- A Ukrainian drone attack on the town of Shebekino in Russia's Belgorod region killed one man, the regional \
governor, Vyacheslav Gladkov, said.
- Russia's Defence Ministry said its forces had captured the village of Ternuvate in Ukraine's Zaporizhia \
region.
- Moscow also repeated its claim to control all of Kupiansk in the Kharkiv region, but Ukraine's military \
denied it, saying its troops had cleared most of the city and cut off the Russian units remaining there.
- The UN human rights monitoring mission in Ukraine said at least 14,500 civilians have been killed since \
Russia's full-scale invasion in February 2022.

Politics and diplomacy
- Speaking in Berlin after two days of talks with US envoys, Ukrainian President Volodymyr Zelenskyy said \
Kyiv was ready to set aside its bid to join NATO in exchange for binding Western security guarantees.
- German Chancellor Friedrich Merz said European leaders would meet in Brussels later in the week to decide \
how to fund Ukraine's budget next year.

Energy
- Ukraine's grid operator Ukrenergo said scheduled power cuts would continue in most regions on Monday as \
engineers repair plants damaged by weeks of Russian strikes.
""",
    [
        Gold(46.63695, 32.61458, 10, "2025-12-14", 1, EXP, 1, 2, "reported"),  # Kherson
        Gold(48.52728, 37.70594, 10, "2025-12-14", 1, EXP, 2, 3, "reported"),  # Kostiantynivka, 2 bullets
        Gold(46.62651, 32.44447, 10, "2025-12-14", 1, EXP, None, 1, "reported"),  # Bilozerka (not Kherson)
        Gold(46.48572, 30.74383, 150, "2025-12-15", 1, EXP, None, None, "reported"),  # Odesa region
        Gold(53.09709, 49.94001, 25, "2025-12-15", 1, EXP, None, None, "claimed"),  # Novokuibyshevsk refinery
        Gold(53.27096, 34.32143, 150, "2025-12-15", 1, STRAT, None, None, "claimed"),  # Bryansk region
        Gold(51.72689, 36.18457, 150, "2025-12-15", 1, STRAT, None, None, "claimed"),  # Kursk region
        Gold(50.41342, 36.92537, 10, "2025-12-14", 1, EXP, 1, None, "reported"),  # Shebekino
        Gold(47.82995, 36.12973, 10, "2025-12-14", 1, BAT, None, None, "claimed"),  # Ternuvate, capture claim
        Gold(49.71003, 37.61581, 10, "2025-12-14", 1, BAT, None, None, "disputed", "Ukraine"),  # Kupiansk
    ],
)

AIR_FORCE = (
    "2025-12-16",
    """Air Force of the Armed Forces of Ukraine: the night of December 16
Overnight into December 16 (from 18:00 on December 15), the enemy attacked with 3 Iskander-M ballistic \
missiles launched from the Kursk region and 118 strike UAVs of the Shahed, Gerbera and other types, launched \
from the directions of Bryansk, Oryol, Millerovo and Primorsko-Akhtarsk; about 70 of them were Shaheds.
The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units, unmanned \
systems units and mobile fire groups of the Defence Forces of Ukraine.
According to preliminary data, as of 08:30, air defence shot down or suppressed 96 enemy UAVs in the north, \
south and east of the country.
Hits by 3 ballistic missiles and 22 strike UAVs were recorded at 11 locations, and falling debris at 4 \
locations. The attack continues: several enemy drones remain in the airspace.

Dnipropetrovsk Regional Military Administration, Vladyslav Haivoronskyi:
Kamianske came under an enemy drone attack at night. A five-storey apartment building was damaged. Four \
people were injured, among them a 10-year-old boy; all are in hospital in moderate condition.
In the Nikopol district, the aggressor struck Nikopol and Marhanets with artillery and kamikaze drones \
throughout the day. A 67-year-old man was killed in Marhanets. Two women were also injured in Nikopol.
The enemy also hit Pokrovske, a village some 100 km south-east of Dnipro, with a drone. A farm building caught \
fire. No one was hurt.

Kharkiv Regional Military Administration, Oleh Syniehubov:
At 02:15 the occupiers struck Chuhuiv with a Shahed, damaging a garage cooperative and a shop. A 45-year-old \
man sustained shrapnel wounds.

Odesa Regional Military Administration:
Overnight, the enemy attacked port infrastructure in the Izmail district with drones. A fire broke out at a \
warehouse and was quickly put out by rescuers. There were no casualties.
""",
    [
        Gold(48.51716, 34.60617, 10, "2025-12-16", 1, EXP, None, 4, "reported"),  # Kamianske
        Gold(47.56826, 34.39126, 10, "2025-12-15", 1, EXP, None, 2, "reported"),  # Nikopol
        Gold(47.63088, 34.6245, 10, "2025-12-15", 1, EXP, 1, None, "reported"),  # Marhanets
        Gold(47.98126, 36.23446, 10, "2025-12-16", 1, EXP, 0, 0, "reported"),  # Pokrovske SE of Dnipro
        Gold(49.83538, 36.6865, 10, "2025-12-16", 1, EXP, None, 1, "reported"),  # Chuhuiv
        Gold(45.35058, 28.83751, 30, "2025-12-16", 1, EXP, 0, 0, "reported"),  # Izmail district port
        # last, so the towns choose first: 800 km around the centre takes in every one of them
        Gold(49.0, 32.0, 800, "2025-12-16", 1, STRAT, None, None, "claimed"),  # 96 drones downed over Ukraine
    ],
)

ISW = (
    "2025-12-18",
    """Russian Offensive Campaign Assessment, December 17, 2025
Key Takeaways:
Ukrainian forces continue to counterattack in Kupiansk and recently advanced in the central part of the city.
Russian forces recently advanced near Siversk and in Huliaipole.

Ukrainian forces recently advanced in Kupiansk. Geolocated footage published on December 16 indicates that \
Ukrainian forces advanced along a street in central Kupiansk. The commander of the Ukrainian Joint Forces \
Task Force stated on December 17 that Ukrainian forces had cleared several more blocks in the city.

Russian forces recently advanced in the Siversk direction. Geolocated footage published on December 17 \
indicates that Russian forces advanced into western Siversk. Russian milbloggers claimed that Russian forces \
seized Zvanivka (east of Siversk), but ISW has not observed confirmation of this claim.

Russian forces continued offensive operations in the Pokrovsk direction on December 17 but did not make \
confirmed advances. Russian milbloggers claimed that Russian forces seized Hryshyne (northwest of Pokrovsk). \
Fighting continued near Rodynske and Bilytske on December 17.

Ukrainian forces struck the Saratov Oil Refinery on the night of December 16 to 17. The Ukrainian General \
Staff reported that Ukrainian drones struck the refinery and caused a fire. Saratov Oblast Governor Roman \
Busargin claimed that drone debris damaged civilian infrastructure in Saratov City.

Russian forces recently advanced in the Huliaipole direction. Geolocated footage published on December 16 \
indicates that Russian forces advanced in northern Huliaipole. Russian forces also struck Orikhiv with glide \
bombs on December 17, killing one civilian, according to Zaporizhia Oblast Military Administration Head Ivan \
Fedorov.

Kremlin Spokesperson Dmitry Peskov stated on December 17 in Moscow that Russia would not accept European \
peacekeepers in Ukraine under any settlement.
""",
    [
        Gold(49.71003, 37.61581, 10, "2025-12-16", 2, BAT, None, None, "reported"),  # Kupiansk, geolocated
        Gold(48.86476, 38.09683, 10, "2025-12-17", 1, BAT, None, None, "reported"),  # Siversk, geolocated
        Gold(48.81204, 38.07797, 10, "2025-12-17", 1, BAT, None, None, "claimed"),  # Zvanivka, milbloggers
        Gold(48.32759, 37.08055, 10, "2025-12-17", 1, BAT, None, None, "claimed"),  # Hryshyne, milbloggers
        Gold(48.35415, 37.20641, 10, "2025-12-17", 1, BAT, None, None, "reported"),  # Rodynske, fighting
        Gold(48.40642, 37.18111, 10, "2025-12-17", 1, BAT, None, None, "reported"),  # Bilytske, fighting
        Gold(51.54048, 45.9901, 25, "2025-12-17", 1, EXP, None, None, "reported"),  # Saratov refinery
        Gold(47.66685, 36.25576, 10, "2025-12-16", 2, BAT, None, None, "reported"),  # Huliaipole, geolocated
        Gold(47.57613, 35.78333, 10, "2025-12-17", 1, EXP, 1, None, "reported"),  # Orikhiv glide bombs
    ],
)

GAZA = (
    "2025-12-20",
    """Israeli fire kills four in Gaza as ceasefire strains
GAZA CITY (Wire) — Israeli strikes and gunfire killed at least four Palestinians across the Gaza Strip on \
Friday, local health officials said, the latest deaths since the ceasefire between Israel and Hamas took \
effect in October.
An Israeli air strike hit a tent sheltering displaced people in the Mawasi area west of Khan Younis, killing \
three people, including two children, according to Nasser Hospital, which received the bodies. Four others \
were wounded, the hospital said.
In Gaza City, a 15-year-old boy was shot dead by Israeli troops while collecting firewood near the Shujaiya \
neighbourhood, the Gaza Civil Defence said. The Israeli military said troops had fired at suspects who crossed \
the yellow line and approached them, and that it was looking into the report.
Separately, the military said militants had emerged from a tunnel in eastern Rafah and opened fire on \
soldiers, who killed two of them. Hamas denied that any of its fighters had clashed with troops in Rafah, \
calling the account a pretext for further violations of the truce.
A drone strike in Beit Lahia, in the north of the territory, wounded a man, the civil defence said. Israeli \
tanks also shelled eastern parts of Deir al-Balah overnight, residents said, and no casualties were reported.
The Gaza health ministry said 401 people had been killed by Israeli fire since the truce began on October 10, \
and that the overall death toll since October 2023 had passed 70,600.
In Cairo, Egyptian and Qatari mediators met a Hamas delegation to discuss the second phase of the ceasefire \
plan, including the deployment of an international stabilisation force.
""",
    [
        Gold(31.34018, 34.30627, 10, "2025-12-19", 1, EXP, 3, 4, "reported"),  # Khan Younis (Mawasi) tent
        Gold(31.50161, 34.46672, 10, "2025-12-19", 1, VAC, 1, None, "reported"),  # Gaza City boy shot
        Gold(31.29722, 34.24357, 10, "2025-12-19", 1, BAT, 2, None, "disputed", "Hamas"),  # Rafah tunnel
        Gold(31.5464, 34.49514, 10, "2025-12-19", 1, EXP, None, 1, "reported"),  # Beit Lahia drone
        Gold(31.41834, 34.34933, 10, "2025-12-19", 1, EXP, 0, 0, "reported"),  # Deir al-Balah tank fire
    ],
)

LEBANON = (
    "2025-12-22",
    """Israeli strikes kill three in south Lebanon
BEIRUT (Wire) — Israeli strikes killed three people in southern Lebanon on Sunday, Lebanon's health ministry \
said, as Israel pressed its campaign against Hezbollah more than a year after a ceasefire.
A drone struck a car in the town of Bint Jbeil, killing two people, the ministry said in a statement. The \
Israeli military said it had killed a Hezbollah operative who was working to rebuild the group's \
infrastructure in the area.
A second strike hit a motorcycle on the road outside Tebnine, killing one man and wounding two passers-by, \
the state-run National News Agency reported.
Later on Sunday, the Israeli army said its warplanes had struck a Hezbollah weapons depot on the outskirts \
of Kfar Kila, near the border.
The health ministry says more than 330 people have been killed by Israeli strikes in Lebanon since the \
November 2024 ceasefire. UNIFIL, the UN peacekeeping force headquartered in Naqoura, said it had recorded \
more than 10,000 Israeli air violations over the same period.
In Beirut, President Joseph Aoun urged Washington to press Israel to halt the strikes and withdraw from five \
hilltop positions it still holds in the south.
""",
    [
        Gold(33.11864, 35.43344, 10, "2025-12-21", 1, EXP, 2, None, "reported"),  # Bint Jbeil
        Gold(33.19399, 35.40967, 10, "2025-12-21", 1, EXP, 1, 2, "reported"),  # Tebnine
        Gold(33.27734, 35.55197, 10, "2025-12-21", 1, EXP, None, None, "claimed"),  # Kfar Kila, army's word
    ],
)

SUDAN = (
    "2025-12-26",
    """Sudan's RSF claims Babanusa as drone hits El Obeid market
PORT SUDAN (Wire) — Sudan's paramilitary Rapid Support Forces said on Thursday they had taken full control of \
Babanusa in West Kordofan, overrunning the base of the army's 22nd Infantry Division after a siege of more \
than a year. The army denied that the town had fallen, saying its troops still held the division headquarters \
and had repelled the assault, killing dozens of attackers.
Hours later, a drone struck a crowded market in El Obeid, the capital of North Kordofan state, killing nine \
civilians and wounding 17, the Sudan Doctors Network said, blaming the RSF. The paramilitary group did not \
comment.
The army said its drones had destroyed a convoy of RSF combat vehicles and a fuel depot near An Nuhud, some \
200 km west of El Obeid, killing scores of fighters. The RSF said no strike had hit its positions in the area \
and accused the army of inventing victories.
In South Kordofan, the army said it had repelled an attack on Dilling, about 110 km north of the state \
capital Kadugli, by RSF fighters and their allies in the SPLM-N.
In North Darfur, gunmen on motorcycles attacked a displacement camp on the edge of Mellit, north of El Fasher, \
killing 12 people, the Darfur Victims Support Organisation said, accusing the RSF. An RSF adviser said no attack \
had taken place in Mellit and called the report fabricated.
The war, which began in April 2023, has killed tens of thousands of people and driven some 12 million from \
their homes, according to the United Nations.
""",
    [
        Gold(11.33333, 27.8, 10, "2025-12-25", 1, BAT, None, None, "disputed", "Sudanese army"),  # Babanusa
        Gold(13.18421, 30.21669, 10, "2025-12-25", 1, EXP, 9, 17, "reported"),  # El Obeid market
        Gold(
            12.7, 28.43333, 15, "2025-12-25", 1, EXP, None, None, "disputed", "Rapid Support Forces"
        ),  # Nuhud
        Gold(12.05, 29.65, 10, "2025-12-25", 1, BAT, None, None, "reported"),  # Dilling, army-held
        Gold(14.13333, 25.55, 10, "2025-12-25", 1, VAC, 12, None, "disputed", "Rapid Support Forces"),
    ],
)

MYANMAR = (
    "2025-12-11",
    """Myanmar junta air strikes kill 20 as election nears
BANGKOK (Wire) — Myanmar military air strikes killed at least 20 people in Rakhine state and Sagaing region \
on Wednesday, resistance groups and residents said, less than three weeks before the junta's planned election.
A fighter jet bombed the town of Mrauk-U in Rakhine state late on Wednesday, killing 14 people and wounding \
23, according to the Arakan Army, which has controlled the town since early 2024.
In Sagaing region, a junta aircraft dropped two bombs on a village near Shwebo, killing six people including \
three children, a spokesperson for the local People's Defence Force said. The military did not respond to \
requests for comment; state media said the army had targeted only "terrorist" positions.
Meanwhile, the Kachin Independence Army said its fighters had overrun a military outpost on the outskirts of \
Bhamo after days of fighting, killing about 30 soldiers. The junta's information team denied that the \
outpost had fallen and said troops had repelled the attack.
The state-run Global New Light of Myanmar reported that security forces killed eight members of a "terrorist" \
PDF group in clashes near Kalay in Sagaing region on Tuesday.
Speaking in Naypyitaw, junta chief Min Aung Hlaing said the vote would go ahead in all townships deemed \
secure.
""",
    [
        Gold(20.59, 93.19062, 10, "2025-12-10", 1, EXP, 14, 23, "reported"),  # Mrauk-U
        Gold(22.56925, 95.69818, 15, "2025-12-10", 1, EXP, 6, None, "reported"),  # village near Shwebo
        Gold(24.25256, 97.23357, 10, "2025-12-10", 1, BAT, 30, None, "disputed", "Myanmar military"),  # Bhamo
        Gold(23.19014, 94.06405, 10, "2025-12-09", 1, BAT, 8, None, "claimed"),  # Kalay, state media
    ],
)

CONGO = (
    "2025-12-12",
    """M23 rebels say they hold Uvira; Congo says fighting goes on
KINSHASA, Congo (Wire) — Rwanda-backed M23 rebels said on Thursday they had taken control of Uvira, the last \
major government-held city in South Kivu province, a week after Congo and Rwanda signed a peace accord in \
Washington. Congo's government spokesman said the army and allied Wazalendo fighters were still fighting in \
parts of the city and denied that it had fallen.
Uvira lies at the northern tip of Lake Tanganyika, across the border from Bujumbura, Burundi's economic \
capital, some 25 km away.
The M23-led Alliance Fleuve Congo said Congolese army drones had struck the town of Kamanyola on Wednesday, \
killing four civilians and wounding seven. The army denied carrying out any strike in the area.
In North Kivu province, fighting between M23 and Wazalendo militias around the village of Nyabiondo in \
Masisi territory killed at least nine people, including three civilians, local civil society leaders said \
on Thursday.
The UN refugee agency said more than 50,000 people had fled into Burundi since the start of December.
""",
    [
        Gold(-3.39534, 29.13779, 10, "2025-12-11", 1, BAT, None, None, "disputed", "Congolese army"),  # Uvira
        Gold(-2.49077, 28.84281, 150, "2025-12-10", 1, EXP, 4, 7, "disputed", "Congolese army"),  # Kamanyola
        Gold(-1.67409, 29.22845, 150, "2025-12-11", 1, BAT, 9, None, "reported"),  # Nyabiondo, N. Kivu
    ],
)

EU_LOAN = (
    "2025-12-19",
    """EU leaders agree 90 billion euro loan for Ukraine after frozen-assets plan stalls
BRUSSELS (Wire) — European Union leaders agreed early on Friday to lend Ukraine 90 billion euros over the next \
two years, funded by joint borrowing, after Belgium blocked a plan to use Russian central bank assets frozen \
in Brussels.
Belgian Prime Minister Bart De Wever had demanded guarantees that other members would share the legal risk \
should Moscow sue Euroclear, the Brussels-based depository that holds most of the assets.
The money will cover Ukraine's military and budget needs in 2026 and 2027 as the war nears its fifth year. \
Hungary, Slovakia and the Czech Republic will not take part in the borrowing.
Speaking in Brussels, Ukrainian President Volodymyr Zelenskyy thanked the leaders and said the decision sent a \
signal to Moscow that Europe would not tire.
Russia's central bank said in Moscow that it had filed a lawsuit against Euroclear in a Moscow court.
""",
    [],
)

AID_UPDATE = (
    "2025-12-17",
    """WFP resumes aid deliveries to Darfur through Chad crossing
NAIROBI (Wire) — The World Food Programme said on Wednesday that a convoy of 40 trucks carrying food for \
about 200,000 people had crossed from Chad into Sudan's West Darfur state through the Adre border crossing.
The agency said it hoped to reach Tawila, in North Darfur, where hundreds of thousands of people displaced by \
the war have sought shelter, before the end of the month.
Heavy rains had left roads in the region impassable for weeks, the agency said, and fuel prices in Geneina \
had doubled since the summer.
Donors have funded less than a third of the UN's 4.2 billion dollar appeal for Sudan this year, WFP's \
regional director told reporters in Nairobi.
""",
    [],
)

TWENTYFIFTH_SET = {
    "s25-key-events": KEY_EVENTS,
    "s25-air-force": AIR_FORCE,
    "s25-isw": ISW,
    "s25-gaza": GAZA,
    "s25-lebanon": LEBANON,
    "s25-sudan": SUDAN,
    "s25-myanmar": MYANMAR,
    "s25-congo": CONGO,
    "s25-quiet-eu-loan": EU_LOAN,
    "s25-quiet-aid": AID_UPDATE,
}
QUIET = {"s25-quiet-eu-loan", "s25-quiet-aid"}

# Known gaps at the first (and only) scoring, main ff5b164, both recogniser modes unless said.
TWENTYFIFTH_GAPS: dict[str, str] = {
    "s25-air-force": "model mode only: 'Kamianske came under an enemy drone attack at night.' (the town as the "
    "sentence's first word, as subject) gives no event",
    "s25-myanmar": "state media telling the junta's own kill ('The state-run Global New Light of Myanmar reported "
    'that security forces killed eight members of a "terrorist" PDF group in clashes near Kalay\') is coded '
    "reported: a belligerent's own outlet is not seen as the side claiming it (gold claimed; debatable, since "
    "Kalay is junta-held ground)",
}
TWENTYFIFTH_INVENTED: dict[str, str] = {}
