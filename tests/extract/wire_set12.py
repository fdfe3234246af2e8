"""A twelfth wire-style set: narrative news stories in the manner of Reuters, AP and AFP copy (dateline first,
quotes, attribution late, background paragraphs near the end) from wars other than Russia-Ukraine: Gaza and
the West Bank, southern Lebanon, Sudan, Myanmar, eastern Congo, Yemen and the Red Sea, and the Sahel, plus one
quiet story about truce talks and the economy.

Written without reading sets 7-11 or their fixes, its gold fixed before the coder ran on it, and scored once
before any change (scores in the README). The traps are deliberate: each side claims its own acts and the
other denies or gives another toll, tolls from health ministries run by one party, "could not be independently
verified", armies that "did not comment", "said it targeted militants" against residents who say civilians
were killed, datelines and speakers' cities (Cairo, Kinshasa, Baabda, Ouagadougou), distance references
("about 120 nautical miles east of Aden", "some 35 km north of Uvira"), launch sites ("fired from Yemen"),
background paragraphs recalling earlier attacks (background gold with their own dates), and cumulative war
tolls that are no event.

All sentences are written for these tests; none is taken from a corpus or a published article. The events are
invented in the manner of the reporting, at real places.
"""

from __future__ import annotations

from wire_styles import BAT, EXP, STRAT, Gold

VAC = "Violence against civilians"

REUTERS_GAZA_TRUCE = (
    "2026-01-08",
    """Israeli strikes kill nine in Gaza as Israel and Hamas trade blame over truce

GAZA/CAIRO, Jan 8 (Reuters) - Israeli strikes killed at least nine Palestinians across the Gaza Strip on Thursday, local health officials said, while Israel said one of its soldiers had been wounded by militant fire in Rafah, the latest violence to test a fragile ceasefire.

An air strike on a house in the Qizan an-Najjar neighbourhood of Khan Younis killed five people, two of them children, and wounded nine others, medics at Nasser Hospital said. The Israeli military said it had struck a Hamas militant who was planning an imminent attack on troops, and that it was aware of reports of uninvolved civilians being harmed and was looking into them.

In the north of the enclave, two men were killed by Israeli drone fire in Jabalia, according to the civil defence agency, which operates under the Hamas-run government. The military said its forces had eliminated two "terrorists" who crossed the so-called yellow line and approached troops, posing an immediate threat.

Medics said Israeli tank shells hit a tent encampment on the eastern edge of Deir al-Balah in the central Gaza Strip, killing two women and wounding a teenage boy. The boy's father was also injured, a spokesperson for Al-Aqsa Martyrs Hospital said.

In Rafah, in the far south, the military said gunmen emerged from a tunnel shaft overnight and opened fire at troops, lightly wounding a reservist, and that soldiers returned fire. Hamas's armed wing, the Qassam Brigades, denied that any of its fighters were involved, saying it had lost contact with its men in the area months ago and remained committed to the truce.

"The occupation is inventing incidents to justify its continued killing," a Hamas official in Cairo told Reuters, speaking on condition of anonymity. Mediators from Egypt, Qatar and Turkey have been meeting both sides' delegations in the Egyptian capital to push for the second phase of the U.S.-backed plan. The accounts of the Rafah incident could not be independently verified.

Israel and Hamas have accused each other of violating the ceasefire that took effect on Oct. 10. More than 420 Palestinians have been killed by Israeli fire since then, according to the Gaza health ministry, and Israel says three of its soldiers have been killed by militants in the same period.

On Jan. 1, an Israeli strike on a school sheltering displaced families in Gaza City killed 12 people, the civil defence agency said at the time. The military said then that it had targeted a Hamas command centre inside the compound.

The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing about 1,200 people, according to Israeli tallies. Israel's campaign has since killed more than 71,000 Palestinians, the health ministry says.""",
    [
        Gold(31.35, 34.31, 10, "2026-01-08", 1, EXP, 5, 9, "reported"),
        Gold(31.53, 34.48, 10, "2026-01-08", 1, EXP, 2, None, "reported"),
        Gold(31.42, 34.35, 10, "2026-01-08", 1, EXP, 2, 2, "reported"),
        Gold(31.30, 34.25, 10, "2026-01-08", 1, BAT, None, 1, "disputed", "Hamas"),
        # recalled with their own dates: not required, not invented when coded with them
        Gold(31.50, 34.46, 25, "2026-01-01", 1, EXP, 12, None, "reported", background=True),
        Gold(31.40, 34.50, 150, "2023-10-07", 1, VAC, 1200, None, "reported", background=True),
    ],
)

AP_WEST_BANK_SETTLERS = (
    "2026-01-10",
    """Settlers torch homes in West Bank village as Israeli raid in Jenin kills a militant

RAMALLAH, West Bank (AP) — Israeli settlers set fire to homes and cars in a Palestinian village in the occupied West Bank on Friday, wounding four people, the Palestinian Red Crescent said, in the latest in a wave of settler violence.

Dozens of masked settlers descended on Turmus Ayya, a village about 20 kilometers (12 miles) northeast of Ramallah, shortly after sunset, residents said. They torched two houses and at least six cars and beat a man who tried to put out the flames. Four people were treated for injuries from beatings and tear gas, the Red Crescent said, and one of them was taken to a hospital in Ramallah.

"They came down from the outpost on the hill, and the soldiers stood and watched," said Ahmad Hamayel, a member of the village council. "Nobody stops them."

The Israeli military said troops were sent to the area after reports of "a violent confrontation between Israeli civilians and Palestinians" and dispersed it using riot-control means. It said the incident had been handed over to the police, who said no one had been detained.

Earlier in the day, settlers threw stones at Palestinian cars on the main road near Huwara, south of Nablus, lightly injuring two people, the Palestinian Health Ministry said.

In Jenin, Israeli forces raiding the northern city's refugee camp exchanged fire with gunmen early Saturday, and one Palestinian was killed and two others were wounded, the ministry said. The armed wing of Palestinian Islamic Jihad, the Al-Quds Brigades, said one of its fighters had been killed "while confronting the occupation forces." The military said troops had shot an armed militant who opened fire at them.

The Palestinian Foreign Ministry in Ramallah condemned the attack on Turmus Ayya and called on the international community to impose sanctions on settler leaders. The Israeli government did not respond to a request for comment.

The U.N. humanitarian office recorded more than 1,600 settler attacks that caused casualties or damage in 2025, the highest number since it began keeping records. In July, settlers beat to death a 20-year-old Palestinian American in the nearby village of Sinjil.

More than 1,000 Palestinians have been killed in the West Bank since the start of the war in Gaza, according to the Health Ministry, many of them militants killed in clashes, but also stone-throwers and bystanders.""",
    [
        Gold(32.03, 35.29, 10, "2026-01-09", 1, VAC, None, 4, "reported"),
        Gold(32.15, 35.26, 10, "2026-01-09", 1, VAC, None, 2, "reported"),
        Gold(32.46, 35.30, 10, "2026-01-10", 1, BAT, 1, 2, "reported"),
        Gold(32.03, 35.26, 10, "2025-07-11", 20, VAC, 1, None, "reported", background=True),
    ],
)

AFP_SOUTH_LEBANON = (
    "2026-01-12",
    """Israeli strikes kill three in south Lebanon; Hezbollah denies drone launch

BEIRUT (AFP) – Israeli strikes on south Lebanon killed three people on Monday, the health ministry said, as Israel said it had intercepted a drone coming from Lebanon, a claim Hezbollah rejected.

A drone strike on a car in the border town of Bint Jbeil killed one person, the ministry said in a statement. The Israeli army said it had "eliminated" a Hezbollah operative who was trying to rebuild the group's infrastructure in the area.

Hours later, another strike targeted a motorcycle on a road near the coastal city of Tyre, killing two men, the official National News Agency (NNA) reported. The army said it had hit two members of Hezbollah's elite Radwan force.

Israeli warplanes also carried out a series of raids on the outskirts of Nabatieh, some 15 kilometres north of the border, which the army said hit Hezbollah weapons depots and a rocket launcher. NNA said the raids caused heavy damage but no casualties.

In northern Israel, the army said air defences had intercepted "a suspicious aerial target" that crossed from Lebanon over the town of Kiryat Shmona, setting off sirens. Hezbollah denied launching any drone, saying in a statement that it "remains committed" to the ceasefire and accusing Israel of seeking pretexts to widen its attacks.

Speaking at the presidential palace in Baabda, President Joseph Aoun said Lebanon would "not be dragged into a new war" and urged the United States and France, which chair the committee monitoring the truce, to press Israel to halt its strikes.

The Lebanese army says it is close to completing the first phase of a government plan to disarm Hezbollah south of the Litani river. Hezbollah has refused to hand over its weapons north of the river.

Despite the November 2024 ceasefire, which sought to end more than a year of hostilities, Israel has kept up near-daily strikes on Lebanon and still holds five hilltop positions inside the country.

On November 23, an Israeli strike on Beirut's southern suburbs killed Hezbollah's military chief Haytham Ali Tabatabai and four other people.

More than 340 people have been killed in Lebanon since the ceasefire took effect, according to an AFP tally based on health ministry figures.""",
    [
        Gold(33.12, 35.43, 10, "2026-01-12", 1, EXP, 1, None, "reported"),
        Gold(33.27, 35.20, 15, "2026-01-12", 1, EXP, 2, None, "reported"),
        Gold(33.38, 35.48, 10, "2026-01-12", 1, EXP, 0, 0, "reported"),
        Gold(33.21, 35.57, 10, "2026-01-12", 1, STRAT, None, None, "disputed", "Hezbollah"),
        Gold(33.85, 35.50, 25, "2025-11-23", 1, EXP, 5, None, "reported", background=True),
    ],
)

REUTERS_KORDOFAN = (
    "2025-12-14",
    """RSF drones kill 11 in Kadugli market as army and paramilitaries trade claims over Babanusa

PORT SUDAN, Dec 14 (Reuters) - A drone attack blamed on Sudan's paramilitary Rapid Support Forces killed 11 people at a market in Kadugli, capital of South Kordofan state, on Saturday, a medical group said, as fighting spread across the vast Kordofan region.

The Sudan Doctors Network said 20 others were wounded in the strike on the city's main market. Kadugli is held by the army and has been besieged for months by the RSF and its ally, the SPLM-N faction led by Abdelaziz al-Hilu. The RSF did not respond to a request for comment.

The RSF said on Sunday it had taken full control of the army's 22nd Infantry Division headquarters in Babanusa, in West Kordofan, after a siege of several weeks. Videos posted by the group showed fighters celebrating inside what appeared to be the base. The army said in a statement that its troops were still defending the garrison and had repelled "a desperate attack", killing dozens of militia fighters. Reuters could not independently verify either account.

In Darfur, a drone strike on Nyala, which the RSF uses as its de facto capital, killed six civilians in a residential district near the airport on Saturday, according to health authorities of the RSF-led parallel government. A military source told Reuters the army had targeted RSF drone launch sites at the airport.

The army said separately that its air defences had shot down two RSF drones over El Obeid, the capital of North Kordofan, overnight.

Residents of Bara, some 60 km north of El Obeid, said RSF fighters on motorbikes and pickup trucks stormed a neighbourhood on the town's eastern edge on Friday, killing 14 people and looting livestock and shops. "They went from house to house," one resident told Reuters by phone. The RSF said in a statement that it had "cleansed" the area of militias allied to the army.

Officials in Port Sudan, where the army-aligned government has been based for most of the war, said the attacks showed the RSF was not serious about a humanitarian truce.

The RSF seized El Fasher, the army's last stronghold in Darfur, on Oct. 26 after an 18-month siege, amid reports of mass killings that drew international condemnation. In May, drone strikes blamed on the RSF hit fuel depots and the airport in Port Sudan.

The war, which erupted in April 2023 from a power struggle between the army and the RSF, has killed tens of thousands of people and driven some 12 million from their homes.""",
    [
        Gold(11.01, 29.72, 10, "2025-12-13", 1, EXP, 11, 20, "reported"),
        Gold(11.33, 27.80, 10, "2025-12-14", 1, BAT, None, None, "disputed", "Sudanese army"),
        Gold(12.05, 24.88, 10, "2025-12-13", 1, EXP, 6, None, "reported"),
        Gold(13.18, 30.22, 25, "2025-12-14", 1, STRAT, None, None, "claimed"),
        Gold(13.70, 30.37, 10, "2025-12-12", 1, VAC, 14, None, "reported"),
        Gold(13.63, 25.35, 25, "2025-10-26", 1, BAT, None, None, "reported", background=True),
        Gold(19.62, 37.22, 25, "2025-05-15", 16, EXP, None, None, "reported", background=True),
    ],
)

AP_MYANMAR_RAKHINE = (
    "2026-01-05",
    """Myanmar military air strike on market kills 17 in Rakhine, rebels say

BANGKOK (AP) — An air strike by Myanmar's military on a market in western Rakhine state killed at least 17 people and wounded about 30, according to the Arakan Army, the ethnic armed group that controls most of the state, and a local rescue worker.

The attack hit the town of Kyauktaw on Sunday morning as vendors were setting up their stalls, said the rescue worker, who spoke on condition of anonymity for fear of reprisals. He said 17 bodies had been recovered by evening. A spokesperson for the Arakan Army, Khaing Thu Kha, said in an online statement that all of those killed were civilians. The military government did not respond to a request for comment.

The casualty figures could not be independently verified. Internet and phone access in much of Rakhine has been cut for more than a year.

The Arakan Army said separately that its fighters had overrun two army outposts near the port town of Kyaukphyu, where China is building a deep-sea port, on Saturday, killing 23 soldiers. The state-run Global New Light of Myanmar newspaper said troops had repulsed attacks by "terrorist insurgents" in the area and that the positions remained in the army's hands.

In the north, fighting continued around Bhamo in Kachin state, where the Kachin Independence Army has besieged the military's garrison for more than a year. A KIA spokesman, Col. Naw Bu, said seven soldiers had been killed in clashes on the town's southern edge on Saturday. He did not give figures for the group's own losses.

State television MRTV said air defence units had shot down three drones launched by "terrorist groups" near the airport in the capital, Naypyitaw, on Sunday night.

The violence came a week after the first phase of a general election organized by the military, which critics including the United Nations have called a sham designed to legitimize army rule. The second phase is scheduled for Jan. 11.

The military seized power from Aung San Suu Kyi's elected government in February 2021, setting off nationwide protests that turned into armed resistance. More than 7,000 civilians have been killed by security forces since then, according to the Assistance Association for Political Prisoners, a rights group that keeps a tally.

In October, a paraglider bomb attack on a festival crowd in Chaung-U township in the central Sagaing region killed at least 24 people, including children.""",
    [
        Gold(20.84, 92.98, 10, "2026-01-04", 1, EXP, 17, 30, "reported"),
        Gold(19.43, 93.55, 15, "2026-01-03", 1, BAT, 23, None, "disputed", "Myanmar military"),
        Gold(24.26, 97.23, 10, "2026-01-03", 1, BAT, 7, None, "claimed"),
        Gold(19.75, 96.13, 25, "2026-01-04", 1, STRAT, None, None, "claimed"),
        # Chaung-U is in no gazetteer: at the centre of the Sagaing region the sentence names
        Gold(24.49, 95.30, 150, "2025-10-15", 16, EXP, 24, None, "reported", background=True),
    ],
)

REUTERS_SOUTH_KIVU = (
    "2025-12-20",
    """Congo denies drone strike on rebel-held airport as fighting flares in South Kivu

GOMA, Democratic Republic of Congo, Dec 20 (Reuters) - The M23 rebel group accused Congo's army on Saturday of killing three civilians in a drone strike on Kavumu airport north of Bukavu, an accusation the government rejected, as fighting flared in South Kivu province despite a U.S.-brokered peace deal.

The strike hit a hangar and a row of nearby houses on Friday evening, AFC/M23 spokesman Lawrence Kanyuka said on X, adding that five people were wounded. "This is a flagrant violation of the Washington accords," he wrote.

Congo's army spokesman, General Sylvain Ekenge, told Reuters the army had carried out no strike in the area. "The FARDC has not conducted any aerial operation around Kavumu," he said.

Separately, heavy fighting broke out on Friday around Sange, some 35 km north of Uvira, between the rebels and Wazalendo militias fighting alongside the army, residents and local officials said. A civil society leader in the Ruzizi plain said at least eight civilians had been killed by stray shells and dozens of families had fled towards the border with Burundi.

In North Kivu, suspected fighters of the Allied Democratic Forces killed 18 people with machetes and guns in an overnight raid on the outskirts of Lubero town, the local administrator said on Saturday. The Islamic State-allied group did not immediately claim the attack.

Government spokesman Patrick Muyaya told reporters in Kinshasa that the rebels were "multiplying provocations" and that Congo remained committed to the peace process.

The M23, which Congo, the United Nations and Western governments say is backed by Rwanda, seized Uvira on Dec. 10, days after the presidents of Congo and Rwanda signed the agreement in Washington. The rebels said this week they would withdraw from the town at Washington's request, a move the government called a smokescreen. Rwanda denies backing the group.

The fighting in eastern Congo has killed thousands of people this year and displaced hundreds of thousands since the M23 took Goma in January.""",
    [
        Gold(-2.30, 28.81, 10, "2025-12-19", 1, EXP, 3, 5, "disputed", "Congolese army"),
        # Sange is in no gazetteer: at region level, as the seed gold codes such places (South Kivu's centre)
        Gold(-2.94, 28.96, 150, "2025-12-19", 1, BAT, 8, None, "reported"),
        Gold(-0.16, 29.24, 10, "2025-12-20", 1, VAC, 18, None, "reported"),
        Gold(-3.40, 29.14, 10, "2025-12-10", 1, BAT, None, None, "reported", background=True),
        Gold(-1.68, 29.22, 25, "2025-01-27", 16, BAT, None, None, "reported", background=True),
    ],
)

AP_YEMEN_EILAT = (
    "2025-09-26",
    """Israeli strikes on Yemen's capital kill 8 after Houthi drone wounds 22 in Eilat

DUBAI, United Arab Emirates (AP) — Israeli warplanes struck Yemen's rebel-held capital on Thursday, killing eight people and wounding 142, the Houthi-run Health Ministry said, a day after a drone launched by the rebels slammed into the Israeli resort city of Eilat.

The Israeli military said it hit a Houthi military headquarters, a security and intelligence compound and a power station in Sanaa, which it said were used "to plan and carry out terror attacks" against Israel. Houthi-run al-Masirah television showed firefighters battling a blaze at a power station on the city's northern edge. Health Ministry spokesman Anees al-Asbahi said women and children were among the wounded.

On Wednesday, a Houthi drone evaded Israel's air defenses and struck near a hotel in Eilat, wounding 22 people, two of them seriously, according to Israel's Magen David Adom rescue service. Houthi military spokesman Yahya Saree claimed the attack in a televised speech, saying the group had launched two drones at "targets in Umm al-Rashrash," the name the rebels use for Eilat.

Early Friday, sirens sounded in Tel Aviv and across central Israel after a missile was fired from Yemen. The military said it had intercepted the missile. Saree said the group had fired a hypersonic missile at Ben Gurion Airport and that it had "hit its target."

Also Thursday, the British military's United Kingdom Maritime Trade Operations center said a merchant vessel had reported an explosion in the water nearby about 120 nautical miles east of Aden. The ship was not damaged and continued to its next port of call, the center said. No group immediately claimed the attack, though the Houthis have targeted shipping in the area before.

Israeli Defense Minister Israel Katz warned in a post on X that the Houthis would "pay a heavy price" for every attack. The rebels have vowed to keep up their campaign until Israel ends its war in Gaza.

In August, Israel killed the Houthis' prime minister, Ahmed al-Rahawi, and several other ministers in a strike on Sanaa. The rebels have attacked more than 100 merchant ships since November 2023, sinking four of them and killing at least eight sailors.

A U.S. bombing campaign against the Houthis ended in May with a truce brokered by Oman, under which the rebels agreed to stop targeting American ships.""",
    [
        Gold(15.35, 44.21, 25, "2025-09-25", 1, EXP, 8, 142, "reported"),
        Gold(29.56, 34.95, 10, "2025-09-24", 1, EXP, None, 22, "reported"),
        Gold(32.08, 34.78, 25, "2025-09-26", 1, STRAT, None, None, "disputed", "Houthis"),
        Gold(12.80, 47.08, 150, "2025-09-25", 1, EXP, None, None, "reported"),
        Gold(15.35, 44.21, 25, "2025-08-28", 16, EXP, None, None, "reported", background=True),
    ],
)

AFP_SAHEL_CONVOY = (
    "2025-11-20",
    """Jihadists ambush fuel convoy in western Mali as army drone strike kills civilians, residents say

BAMAKO (AFP) – Jihadists from an Al-Qaeda affiliate attacked a fuel convoy under army escort in western Mali on Wednesday, the latest assault in a weeks-long blockade that has starved the capital of petrol, military and local sources said.

The Group for the Support of Islam and Muslims (JNIM) said in a message on its propaganda channels that it had torched 40 tanker trucks and killed 12 soldiers near Diema, in the Kayes region. In a statement, the Malian army said it had repelled "a terrorist attack" on the convoy, "neutralising" several assailants, and put its own losses at two soldiers killed and three wounded.

AFP could not independently verify the figures. Access to the area is very restricted.

Further east, residents said an army drone strike on Tuesday hit a weekly market in a village near Niono, in the central Segou region, killing nine civilians. "They were herders and traders, not jihadists," a local official told AFP by telephone, asking not to be named for security reasons. The army said in a statement that it had carried out "precision strikes" on a JNIM logistics base in the area, "neutralising dozens of terrorists".

In neighbouring Burkina Faso, JNIM claimed to have killed more than 50 soldiers and militiamen in an attack on a military base in Djibo, a town in the north that has been under blockade for years. Two security sources told AFP that at least 30 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force, had been killed in Monday's assault. The ruling junta in Ouagadougou did not comment.

Burkina's army said on Wednesday that its special forces had killed "dozens of terrorists" in an operation near Diapaga, in the east, without giving a precise toll or date.

JNIM declared a blockade on fuel imports to Mali in September, attacking tanker convoys on the roads from Senegal and Ivory Coast. Schools in Bamako were closed for two weeks in November for lack of fuel.

Mali, Burkina Faso and Niger, all run by juntas that seized power in coups between 2020 and 2023, have turned away from France and towards Russia for security support. Jihadist violence has killed tens of thousands of people across the central Sahel over the past decade.""",
    [
        Gold(14.54, -9.19, 15, "2025-11-19", 1, BAT, 2, 3, "disputed", "Malian army"),
        Gold(14.25, -5.99, 15, "2025-11-18", 1, EXP, 9, None, "reported"),
        Gold(14.10, -1.63, 10, "2025-11-17", 1, BAT, 30, None, "reported"),
        Gold(12.07, 1.79, 15, "2025-11-19", 2, BAT, None, None, "claimed"),
    ],
)

REUTERS_SUDAN_TRUCE_TALKS = (
    "2026-01-14",
    """Sudan's army rejects truce plan as aid groups warn of famine in Kordofan

CAIRO, Jan 14 (Reuters) - Sudan's army-led government on Wednesday rejected a proposal by the United States, Saudi Arabia, the United Arab Emirates and Egypt for a three-month humanitarian truce, saying it could not accept any plan that "rewards the militia", while the Rapid Support Forces said it welcomed the initiative.

The proposal, drawn up by the four countries known as the Quad, calls for a pause in fighting to let aid reach besieged cities, followed by talks on a permanent ceasefire and a civilian transition within nine months.

"We will not sit with those who destroyed our country," Foreign Minister Mohieldin Salim told reporters in Port Sudan, where the government has been based since early in the war. An RSF adviser said in Nairobi that the group was ready to sign "today" and accused army commanders of sabotaging peace efforts.

The World Food Programme said convoys had reached Tawila, which has taken in hundreds of thousands of people since the RSF captured El Fasher in October, but that access to Kadugli and Dilling in South Kordofan remained blocked. Famine has been confirmed in both towns, according to a global hunger monitor.

"Every week without a truce costs lives that could have been saved," WFP's regional director said in a statement.

The war has wrecked Sudan's economy. The Sudanese pound traded at around 3,500 to the dollar on the parallel market in Port Sudan this week, compared with about 570 before the conflict, traders said. Gold exports, the country's main source of hard currency, fell by a third last year, central bank data showed.

Egypt's foreign minister, Badr Abdelatty, said after meeting his Saudi counterpart in Riyadh that the Quad would keep pressing both sides. Diplomats said a meeting of the group could take place in Washington next month.""",
    [],  # a quiet article: El Fasher's capture is recalled, the talks and the economy are no events
)

TWELFTH_SET = {
    "s12-reuters-gaza-truce": REUTERS_GAZA_TRUCE,
    "s12-ap-west-bank-settlers": AP_WEST_BANK_SETTLERS,
    "s12-afp-south-lebanon": AFP_SOUTH_LEBANON,
    "s12-reuters-kordofan": REUTERS_KORDOFAN,
    "s12-ap-myanmar-rakhine": AP_MYANMAR_RAKHINE,
    "s12-reuters-south-kivu": REUTERS_SOUTH_KIVU,
    "s12-ap-yemen-eilat": AP_YEMEN_EILAT,
    "s12-afp-sahel-convoy": AFP_SAHEL_CONVOY,
    "s12-reuters-sudan-truce-talks": REUTERS_SUDAN_TRUCE_TALKS,
}
QUIET = {"s12-reuters-sudan-truce-talks"}

# What the coder gets wrong here, each a strict xfail in test_wire_styles.py: scored once before any fix (on
# 4d0b51f, whose coder main 9f8b636 still has; the figures are in the README), these articles had a miss or a wrong field ...
TWELFTH_GAPS: dict[str, str] = {
    "s12-ap-myanmar-rakhine": "model mode only: the model recogniser does not find 'the capital, Naypyitaw', so the "
    "shoot-down there is missed",
    "s12-reuters-south-kivu": "Sange, in no gazetteer, gives no event: the South Kivu summary has no toll and "
    "takes the lead's dispute",
    "s12-afp-sahel-convoy": "JNIM's tolls preferred to the army's and the security sources'; Djibo claimed though "
    "security sources confirm it",
}
# ... and these an invented event (strict xfail of test_nothing_is_invented too)
TWELFTH_INVENTED: dict[str, str] = {}
