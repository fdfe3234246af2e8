"""The ninth wire-style set: other wars, each told by the sides' own attributions — a UN OCHA-style Gaza
update in bullets (IDF statements, the Gaza health ministry's tolls, recovered bodies and a cumulative toll
that are no events), AP on Sudan (the RSF's capture claim and the army's denial, a drone attack with its
launch site, a killing of civilians the RSF denies), AFP on Myanmar (a junta air strike told by the Arakan
Army, a junta capture claim the TNLA denies, a resistance group's claim), Reuters on eastern Congo (M23's
claim, the army's denial from Kinshasa, an army drone strike, an ADF massacre), AP on the Red Sea (a ship hit
off Hodeidah, Israeli strikes, a Houthi drone near Eilat), and one quiet story on truce talks.

Written for these tests in wire style, gold fixed before the coder was run on them; none is taken from any
corpus. Scored once before any fix (README, "Extracting places and events").
"""

from __future__ import annotations

from wire_styles import BAT, EXP, Gold

VAC = "Violence against civilians"

OCHA_GAZA = (
    "2025-12-05",
    "Gaza Strip: Humanitarian Situation Update #345\n"
    "\n"
    "Key highlights\n"
    "\n"
    "• On 3 December, at about 21:00, an Israeli airstrike hit a tent sheltering displaced people in Al Mawasi, "
    "west of Khan Younis, killing a father and his two children, according to the Ministry of Health in Gaza. "
    "Four other members of the family were also injured.\n"
    "• The Israeli military said the strike had targeted a Hamas militant who was planning an imminent attack "
    "on its troops. Hamas said none of its members were in the tent.\n"
    "• On 4 December, the Israeli military said its troops had identified two militants who crossed the Yellow "
    "Line east of Gaza City and approached the forces, and that an aircraft had struck and killed them.\n"
    "• On 4 December, a quadcopter dropped an explosive device on people gathered near a water point in Al "
    "Bureij camp, wounding five, including a child. A woman hit in the same attack died of her wounds that "
    "night, according to Al-Awda Hospital.\n"
    "• Civil Defence teams recovered the remains of 15 people from under the rubble of destroyed buildings in "
    "Rafah between 1 and 4 December.\n"
    "• Since the ceasefire took effect on 10 October, 366 Palestinians have been killed and 938 injured, "
    "according to the Ministry of Health.\n",
    [
        # Hamas denies the IDF's target, not the strike and its toll: reported, on the ministry's word
        Gold(31.34, 34.31, 10, "2025-12-03", 1, EXP, 3, 4, "reported"),  # Al Mawasi, Khan Younis
        Gold(31.50, 34.47, 10, "2025-12-04", 1, EXP, 2, None, "claimed"),  # east of Gaza City, the IDF's word
        Gold(31.44, 34.40, 5, "2025-12-04", 1, EXP, 1, 5, "reported"),  # Al Bureij, five + a woman who died
    ],
)

AP_KORDOFAN = (
    "2025-12-02",
    "RSF says it has taken army base in Babanusa; army says attack repelled\n"
    "\n"
    "KHARTOUM, Sudan (AP) — Sudan’s paramilitary Rapid Support Forces said Monday they had seized the "
    "headquarters of the army’s 22nd Infantry Division in Babanusa, the army’s last stronghold in West Kordofan "
    "province, after a siege of several weeks.\n"
    "\n"
    "Speaking to reporters in Port Sudan, army spokesman Brig. Gen. Nabil Abdallah denied that the base had "
    "fallen, saying its defenders had repelled the assault and killed dozens of RSF fighters.\n"
    "\n"
    "In El Obeid, the capital of North Kordofan, a drone attack on a camp for displaced families killed nine "
    "people on Sunday, among them four children, the Sudan Doctors Network said. Seventeen others were wounded. "
    "The army said the drones had been launched from Nyala, the RSF’s seat in South Darfur, nearly 600 "
    "kilometers (370 miles) to the west.\n"
    "\n"
    "Separately, RSF fighters stormed the town of Abu Zabad on Saturday and shot dead twenty-three civilians, "
    "including six women, a local resistance committee said. The paramilitary group denied targeting "
    "civilians, saying its forces had fought only army troops there.\n"
    "\n"
    "The war, which began in April 2023, has killed at least 40,000 people, according to the World Health "
    "Organization, and driven more than 12 million from their homes.\n",
    [
        Gold(11.33, 27.80, 10, "2025-12-01", 1, BAT, None, None, "disputed", "Sudanese army"),  # Babanusa
        Gold(13.18, 30.22, 10, "2025-11-30", 1, EXP, 9, 17, "reported"),  # El Obeid, not the launch site
        # Abu Zabad: the RSF denies the killing of civilians
        Gold(12.35, 29.25, 10, "2025-11-29", 1, VAC, 23, None, "disputed", "Rapid Support Forces"),
    ],
)

AFP_RAKHINE = (
    "2025-12-11",
    "Myanmar junta air strike on Rakhine hospital kills 31: Arakan Army\n"
    "\n"
    "BANGKOK, Dec 11 (AFP) - A Myanmar military air strike on the main hospital in Mrauk-U in western Rakhine "
    "State killed 31 people late on Wednesday, an Arakan Army spokesman told AFP by telephone from Kyauktaw. "
    "Sixty-eight others were wounded, he said, many of them patients and their relatives.\n"
    "\n"
    "Junta spokesman Major General Zaw Min Tun told state television that the military had struck “terrorist "
    "targets” in the town and denied that the hospital had been hit.\n"
    "\n"
    "In northern Shan State, the military said its troops had recaptured the town of Kyaukme from the Ta’ang "
    "National Liberation Army after weeks of fighting. The TNLA denied the town had fallen, saying its fighters "
    "were still battling junta troops in its eastern quarters.\n"
    "\n"
    "In Sagaing Region, a local People’s Defence Force said its fighters had overrun a police station in Katha "
    "on Tuesday, killing nine police officers and seizing weapons.\n"
    "\n"
    "More than 7,000 civilians have been killed since the military seized power in February 2021, according to "
    "a local monitoring group.\n",
    [
        Gold(20.59, 93.19, 10, "2025-12-10", 1, EXP, 31, 68, "disputed", "Myanmar military"),  # Mrauk-U
        Gold(22.54, 97.03, 10, "2025-12-10", 2, BAT, None, None, "disputed", "resistance forces"),  # Kyaukme
        Gold(24.18, 96.34, 10, "2025-12-09", 1, BAT, 9, None, "claimed"),  # Katha, the PDF's word
    ],
)

REUTERS_UVIRA = (
    "2025-12-11",
    "M23 rebels say they have entered Uvira; Congo says army still holds city\n"
    "\n"
    "GOMA, Democratic Republic of Congo, Dec 10 (Reuters) - Rwanda-backed M23 rebels said on Wednesday they had "
    "entered Uvira, the last major city in South Kivu province under government control, which lies across the "
    "northern tip of Lake Tanganyika from Burundi’s main city Bujumbura.\n"
    "\n"
    "Congo’s army spokesman, General Sylvain Ekenge, said in Kinshasa that government troops and allied "
    "Wazalendo militias still controlled the city and denied that it had fallen.\n"
    "\n"
    "Residents said at least four civilians were killed by stray bullets in the fighting. Three more were "
    "wounded in the clashes, a local civil society group said.\n"
    "\n"
    "Earlier, Congolese army drones struck M23 positions near Kabare, north of Bukavu, killing 14 rebels, the "
    "army said. M23 did not comment.\n"
    "\n"
    "In North Kivu, Islamic State-linked ADF fighters killed thirty-eight people in an overnight machete attack "
    "on Oicha, north of Beni, local officials said on Wednesday. The army said it was pursuing the attackers.\n"
    "\n"
    "The conflict has killed thousands of people this year and displaced hundreds of thousands, according to "
    "the United Nations.\n",
    [
        # Uvira, not Bujumbura across the lake; four killed and three more wounded in the clashes
        Gold(-3.40, 29.14, 10, "2025-12-10", 1, BAT, 4, 3, "disputed", "Congolese army"),
        Gold(-2.50, 28.79, 10, "2025-12-10", 2, EXP, 14, None, "claimed"),  # near Kabare, the army's word
        Gold(0.70, 29.52, 10, "2025-12-09", 1, VAC, 38, None, "reported"),  # Oicha, not Beni
    ],
)

AP_RED_SEA = (
    "2025-07-09",
    "Houthis claim attack on cargo ship off Yemen; Israel strikes Hodeidah port\n"
    "\n"
    "DUBAI, United Arab Emirates (AP) — Yemen’s Houthi rebels said Tuesday they had attacked a Liberian-flagged "
    "bulk carrier in the Red Sea with drones and missiles, setting it ablaze. The British military’s United "
    "Kingdom Maritime Trade Operations center said the ship had been hit about 50 nautical miles southwest of "
    "the port city of Hodeidah and that two crew members were killed.\n"
    "\n"
    "Hours later, Israeli warplanes struck the Hodeidah port and a nearby power station, the Israeli military "
    "said, accusing the Houthis of using the port to bring in Iranian weapons. The Houthi-run Health Ministry "
    "said one person was killed and 11 wounded.\n"
    "\n"
    "A drone launched from Yemen struck near the arrivals hall of Ramon Airport, north of the Red Sea resort "
    "city of Eilat, lightly wounding a man, Israel’s Magen David Adom rescue service said. The Houthis claimed "
    "the attack.\n"
    "\n"
    "The Houthis have attacked more than 100 merchant ships since November 2023, sinking four and killing at "
    "least eight sailors.\n",
    [
        # at sea, 50 nautical miles (93 km) southwest of Hodeidah, which lies twice the tolerance away
        Gold(14.21, 42.35, 50, "2025-07-08", 1, EXP, 2, None, "reported"),
        Gold(14.80, 42.95, 15, "2025-07-08", 1, EXP, 1, 11, "reported"),  # Hodeidah port
        Gold(29.73, 35.01, 25, "2025-07-08", 1, EXP, None, 1, "reported"),  # Ramon Airport, north of Eilat
    ],
)

REUTERS_TRUCE = (
    "2025-11-08",
    "U.S. says RSF accepts humanitarian truce proposal; Sudan's army studies plan\n"
    "\n"
    "WASHINGTON, Nov 7 (Reuters) - Sudan’s Rapid Support Forces have agreed to a U.S.-backed proposal for a "
    "three-month humanitarian truce, U.S. envoy Massad Boulos said on Friday, while the army-led government in "
    "Port Sudan said it was still studying the plan.\n"
    "\n"
    "The proposal, drafted by the United States, Saudi Arabia, Egypt and the United Arab Emirates, would be "
    "followed by nine months of talks on a political transition.\n"
    "\n"
    "Pressure for a truce has grown since the RSF seized El Fasher last month, where survivors described mass "
    "killings of civilians, and since drone attacks on Khartoum and El Obeid intensified.\n"
    "\n"
    "Sudan’s Prime Minister Kamil Idris, speaking in Port Sudan, said any truce must require the RSF to "
    "withdraw from the cities it had taken.\n",
    [],  # a quiet article: the fall of El Fasher and the drone attacks are background
)

NINTH_SET = {
    "ocha-gaza-9": OCHA_GAZA,
    "ap-kordofan": AP_KORDOFAN,
    "afp-rakhine": AFP_RAKHINE,
    "reuters-uvira": REUTERS_UVIRA,
    "ap-red-sea": AP_RED_SEA,
    "reuters-truce": REUTERS_TRUCE,
}
QUIET = {"reuters-truce"}
