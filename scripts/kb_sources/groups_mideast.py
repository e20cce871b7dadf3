"""Armed groups, militias, parties and movements of the Middle East and North Africa."""

from _dsl import G

# Iraq
G("pmf", "Popular Mobilization Forces",
  "Popular Mobilisation Forces;PMF;PMU;Popular Mobilization Units;Popular Mobilisation Units;al-Hashd al-Sha'bi;"
  "al-Hashd al-Shaabi;Hashd al-Shaabi;Hashd al-Sha'bi;al-Hashd;Hashd;Hashed;al-Hashed al-Shaabi;"
  "Popular Mobilization Committee;Popular Mobilisation Authority", "armed_group", "IRQ", "MIL",
  rel="ALLY IRN 2014-06 -; ENEMY group:isis 2014-06 -", frm="2014-06-13",
  note="state-sanctioned umbrella of mostly Shia militias; legally part of the Iraqi armed forces since 2016")
G("kataib-hezbollah", "Kata'ib Hezbollah", "Kataib Hezbollah;Kataib Hizballah;Kata'ib Hizbullah;Kataib Hizbullah;"
  "Hezbollah Brigades;KH", "armed_group", "IRQ", "REB", parent="group:pmf",
  rel="ALLY IRN; ENEMY USA; CONTROLS group:saraya-awliya-al-dam", frm="2003")
G("asaib-ahl-al-haq", "Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq;Asa'ib Ahl al-Haqq;AAH;League of the Righteous;"
  "Khazali Network", "armed_group", "IRQ", "REB", parent="group:pmf", rel="ALLY IRN; ENEMY USA", frm="2006")
G("badr-organization", "Badr Organization", "Badr Organisation;Badr Brigade;Badr Brigades;Badr Corps;Badr militia",
  "armed_group", "IRQ", "REB", parent="group:pmf", rel="ALLY IRN", frm="1982")
G("harakat-al-nujaba", "Harakat Hezbollah al-Nujaba", "Harakat al-Nujaba;al-Nujaba;Nujaba;Nujaba Movement;"
  "Harakat Hizballah al-Nujaba;HHN", "armed_group", "IRQ", "REB", parent="group:pmf",
  rel="ALLY IRN; ENEMY USA", frm="2013")
G("kataib-sayyid-al-shuhada", "Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada;KSS;Masters of the Martyrs Brigade",
  "armed_group", "IRQ", "REB", parent="group:pmf", rel="ALLY IRN", frm="2013")
G("kataib-imam-ali", "Kata'ib Imam Ali", "Kataib Imam Ali;Imam Ali Brigades", "armed_group", "IRQ", "REB",
  parent="group:pmf", frm="2014")
G("kataib-jund-al-imam", "Kata'ib Jund al-Imam", "Kataib Jund al-Imam;Jund al-Imam", "armed_group", "IRQ", "REB",
  parent="group:pmf")
G("saraya-al-khorasani", "Saraya al-Khorasani", "Saraya Talia al-Khorasani;Khorasani Brigades", "armed_group",
  "IRQ", "REB", parent="group:pmf", rel="ALLY IRN", frm="2013")
G("ansar-allah-al-awfiya", "Harakat Ansar Allah al-Awfiya", "Ansar Allah al-Awfiya", "armed_group", "IRQ", "REB",
  parent="group:pmf", rel="ALLY IRN")
G("saraya-awliya-al-dam", "Saraya Awliya al-Dam", "Awliya al-Dam;Guardians of Blood Brigade", "armed_group", "IRQ",
  "REB", rel="ENEMY USA", frm="2020")
G("islamic-resistance-in-iraq", "Islamic Resistance in Iraq", "al-Muqawama al-Islamiya fi al-Iraq;"
  "Islamic Resistance of Iraq", "armed_group", "IRQ", "REB", rel="ALLY IRN; ENEMY USA; ENEMY ISR", frm="2023-10",
  note="umbrella name used since October 2023 by Iran-aligned Iraqi militias")
G("saraya-al-salam", "Saraya al-Salam", "Peace Companies;Peace Brigades;Saraya al-Salaam", "armed_group", "IRQ",
  "REB", parent="group:pmf", frm="2014-06", note="successor of the Mahdi Army, loyal to Muqtada al-Sadr")
G("mahdi-army", "Mahdi Army", "Jaysh al-Mahdi;Jaish al-Mahdi;Mahdi Militia;JAM", "armed_group", "IRQ", "REB",
  rel="ENEMY USA 2003 2008", frm="2003-06", to="2008-08")
G("sadrist-movement", "Sadrist Movement", "Sadrists;Sadr movement;Sadrist bloc;Sadrist Current;Sairoon;"
  "Alliance Towards Reforms;National Shiite Movement", "movement", "IRQ", "PTY", frm="2003")
G("dawa-party", "Islamic Dawa Party", "Dawa Party;Da'wa Party;Hizb al-Da'wa;Hizb al-Dawa al-Islamiya;Dawa",
  "party", "IRQ", "PTY", frm="1957")
G("state-of-law-coalition", "State of Law Coalition", "State of Law;Dawlat al-Qanun", "party", "IRQ", "PTY",
  frm="2009")
G("isci", "Islamic Supreme Council of Iraq", "ISCI;SCIRI;Supreme Council for the Islamic Revolution in Iraq;"
  "Supreme Islamic Iraqi Council", "party", "IRQ", "PTY", rel="ALLY IRN", frm="1982")
G("hikma-movement", "National Wisdom Movement", "Hikma;al-Hikma;Hikma Movement;National Hikma Movement",
  "party", "IRQ", "PTY", frm="2017-07")
G("coordination-framework", "Coordination Framework", "Shiite Coordination Framework;al-Itar al-Tansiqi",
  "party", "IRQ", "PTY", frm="2021-10", note="alliance of Shia parties, many linked to PMF factions")
G("fatah-alliance", "Fatah Alliance", "Fatah Coalition;al-Fatah Alliance;Conquest Alliance", "party", "IRQ", "PTY",
  frm="2018", note="electoral list of PMF-linked parties led by Hadi al-Amiri; not the Palestinian Fatah")
G("kdp", "Kurdistan Democratic Party", "KDP;Partiya Demokrat a Kurdistanê", "party", "IRQ", "PTY", frm="1946-08-16")
G("puk", "Patriotic Union of Kurdistan", "PUK;Yekêtiy Nîştimaniy Kurdistan", "party", "IRQ", "PTY",
  frm="1975-06-01")
G("gorran", "Gorran Movement", "Gorran;Movement for Change", "party", "IRQ", "PTY", frm="2009")
G("krg", "Kurdistan Regional Government", "KRG;Kurdistan regional government;Kurdish regional government;"
  "Erbil government;Iraqi Kurdistan government", "government", "IRQ", "GOV", frm="1992",
  note="autonomous government of the Kurdistan Region of Iraq")
G("peshmerga", "Peshmerga", "Kurdish Peshmerga;Peshmerga forces;Pesh Merga;Kurdish fighters of Iraq",
  "armed_group", "IRQ", "MIL", parent="group:krg", rel="ENEMY group:isis 2014 2017")
G("baath-party-iraq", "Iraqi Ba'ath Party", "Iraqi Baath Party;Ba'ath Party of Iraq;Iraqi Ba'athists",
  "party", "IRQ", "PTY", to="2003-05-16")
G("naqshbandi-army", "Jaysh Rijal al-Tariqa al-Naqshbandia", "Naqshbandi Army;JRTN;Army of the Men of the Naqshbandi Order",
  "armed_group", "IRQ", "REB", frm="2006-12")
G("islamic-army-in-iraq", "Islamic Army in Iraq", "IAI;al-Jaysh al-Islami fil-Iraq", "armed_group", "IRQ", "REB",
  rel="ENEMY USA 2003 2011", frm="2003")
G("ansar-al-islam", "Ansar al-Islam", "Ansar al-Islam fi Kurdistan;Ansar al-Sunna", "armed_group", "IRQ", "REB",
  frm="2001-12")
G("aqi", "Al-Qaeda in Iraq", "AQI;al-Qaida in Iraq;Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn;"
  "Jama'at al-Tawhid wal-Jihad;Tawhid wal-Jihad", "armed_group", "IRQ", "REB", parent="group:al-qaeda",
  rel="ENEMY USA", frm="1999", to="2006-10-15", note="became the Islamic State of Iraq in October 2006")
G("sons-of-iraq", "Sons of Iraq", "Sahwa;Awakening Councils;Anbar Awakening;Sahwa militias;Awakening movement",
  "armed_group", "IRQ", "MIL", rel="COOPERATES USA 2006 2011; ENEMY group:aqi", frm="2005")
G("sinjar-resistance-units", "Sinjar Resistance Units", "YBŞ;YBS;Yazidi Sinjar Resistance Units", "armed_group",
  "IRQ", "REB", rel="ALLY group:pkk", frm="2014")

# Syria
G("hts", "Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham;Hayat Tahrir al Sham;Hay'at Tahrir al Sham;HTS;"
  "Tahrir al-Sham;Organization for the Liberation of the Levant;Levant Liberation Committee", "armed_group",
  "SYR", "REB", rel="ENEMY SYR 2017-01-28 2024-12-08; ENEMY group:isis", frm="2017-01-28", to="2025-01-29",
  note="led the offensive that toppled Assad in December 2024; dissolved into the new state in January 2025")
G("al-nusra-front", "Al-Nusra Front", "Jabhat al-Nusra;Nusra Front;al-Nusra;Jabhat al-Nusra li-Ahl al-Sham;"
  "Jabhat Fateh al-Sham;Jabhat Fatah al-Sham;JFS;Support Front for the People of the Levant", "armed_group", "SYR",
  "REB", parent="group:al-qaeda", rel="ENEMY SYR; ENEMY group:isis 2013 -", frm="2012-01-23", to="2017-01-28")
G("syrian-salvation-government", "Syrian Salvation Government", "Salvation Government;SSG", "movement", "SYR",
  "GOV", rel="ALLY group:hts", frm="2017-11-02", to="2024-12-10",
  note="HTS-backed civil administration in Idlib")
G("sdf", "Syrian Democratic Forces", "SDF;QSD;Quwat Suriya al-Dimuqratiya;Kurdish-led Syrian Democratic Forces;"
  "Kurdish-led SDF;Syrian Democratic Force", "armed_group", "SYR", "REB",
  rel="ENEMY TUR; COOPERATES USA 2015 -; ENEMY group:isis; ENEMY group:sna", frm="2015-10-10")
G("ypg", "People's Protection Units", "YPG;Yekîneyên Parastina Gel;Kurdish People's Protection Units;"
  "Kurdish YPG;YPG militia;People's Defence Units", "armed_group", "SYR", "REB", parent="group:sdf",
  rel="ENEMY TUR; ENEMY group:isis", frm="2011")
G("ypj", "Women's Protection Units", "YPJ;Yekîneyên Parastina Jin", "armed_group", "SYR", "REB", parent="group:sdf",
  frm="2013-04")
G("asayish", "Asayish", "Asayish internal security forces;Kurdish Asayish", "armed_group", "SYR", "COP",
  parent="group:aanes")
G("pyd", "Democratic Union Party", "PYD;Partiya Yekîtiya Demokrat", "party", "SYR", "PTY", frm="2003")
G("aanes", "Autonomous Administration of North and East Syria", "AANES;Rojava;Autonomous Administration;"
  "Democratic Autonomous Administration of North and East Syria;Kurdish-led administration", "movement", "SYR",
  "OPP", rel="ALLY group:sdf", frm="2014-01")
G("sdc", "Syrian Democratic Council", "SDC;Syrian Democratic Assembly;MSD", "party", "SYR", "PTY", frm="2015-12-10")
G("kurdish-national-council", "Kurdish National Council", "ENKS;KNC;Kurdish National Council in Syria", "party",
  "SYR", "PTY", frm="2011-10-26")
G("manbij-military-council", "Manbij Military Council", "", "armed_group", "SYR", "REB", parent="group:sdf",
  frm="2016-04")
G("deir-ez-zor-military-council", "Deir ez-Zor Military Council", "Deir ez-Zor Military Council", "armed_group",
  "SYR", "REB", parent="group:sdf", frm="2016-12")
G("sna", "Syrian National Army", "SNA;Turkish-backed Syrian National Army;Turkish-backed SNA;"
  "Turkish-backed Syrian rebels;Turkish-backed opposition fighters", "armed_group", "SYR", "REB",
  rel="ALLY TUR; ENEMY group:sdf", frm="2017-12-30")
G("sultan-murad-division", "Sultan Murad Division", "Sultan Murad Brigade;Firqat al-Sultan Murad", "armed_group",
  "SYR", "REB", parent="group:sna", frm="2013")
G("hamza-division", "Hamza Division", "al-Hamzat;Firqat al-Hamza", "armed_group", "SYR", "REB", parent="group:sna",
  frm="2016")
G("sultan-suleiman-shah-brigade", "Sultan Suleiman Shah Brigade", "Amshat;Suleiman Shah Division", "armed_group",
  "SYR", "REB", parent="group:sna")
G("fsa", "Free Syrian Army", "FSA;al-Jaysh al-Suri al-Hurr;Syrian Free Army", "armed_group", "SYR", "REB",
  rel="ENEMY SYR", frm="2011-07-29")
G("syrian-national-coalition", "National Coalition for Syrian Revolutionary and Opposition Forces",
  "Syrian National Coalition;SNC;Syrian Opposition Coalition;Etilaf;Syrian opposition coalition", "movement", "SYR",
  "OPP", frm="2012-11-11")
G("syrian-national-council", "Syrian National Council", "", "movement", "SYR", "OPP", frm="2011-08-23")
G("ahrar-al-sham", "Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya;Ahrar al-Sham Islamic Movement",
  "armed_group", "SYR", "REB", rel="ENEMY SYR", frm="2011-11")
G("jaysh-al-islam", "Jaysh al-Islam", "Jaish al-Islam;Army of Islam", "armed_group", "SYR", "REB", rel="ENEMY SYR",
  frm="2013-09-29")
G("faylaq-al-rahman", "Faylaq al-Rahman", "Failaq al-Rahman;al-Rahman Legion", "armed_group", "SYR", "REB",
  rel="ENEMY SYR", frm="2013")
G("national-front-for-liberation", "National Front for Liberation", "Jabhat al-Wataniya lil-Tahrir;"
  "National Liberation Front of Syria", "armed_group", "SYR", "REB", rel="ALLY TUR", frm="2018-05-28")
G("hurras-al-din", "Hurras al-Din", "Tanzim Hurras al-Din;Guardians of Religion Organization;Guardians of Religion",
  "armed_group", "SYR", "REB", parent="group:al-qaeda", frm="2018-02-27")
G("jaysh-al-fatah", "Jaysh al-Fatah", "Jaish al-Fatah;Army of Conquest", "armed_group", "SYR", "REB",
  frm="2015-03-24", to="2017")
G("jund-al-aqsa", "Jund al-Aqsa", "Soldiers of al-Aqsa", "armed_group", "SYR", "REB", frm="2012", to="2017")
G("nour-al-din-al-zenki", "Nour al-Din al-Zenki Movement", "Nour al-Din al-Zenki;Zenki Movement;al-Zenki",
  "armed_group", "SYR", "REB", frm="2011-11")
G("jaysh-al-izza", "Jaysh al-Izza", "Jaish al-Izza;Army of Glory", "armed_group", "SYR", "REB", frm="2013")
G("turkistan-islamic-party", "Turkistan Islamic Party", "TIP;Turkestan Islamic Party;East Turkestan Islamic Movement;"
  "ETIM;Turkistan Islamic Party in Syria", "armed_group", "SYR", "REB", frm="1997")
G("rijal-al-karama", "Men of Dignity Movement", "Rijal al-Karama;Men of Dignity;Sheikhs of Dignity", "armed_group",
  "SYR", "REB", frm="2014", note="Druze militia in Suwayda")
G("national-defence-forces", "National Defence Forces", "National Defense Forces;NDF;Quwat al-Difa al-Watani;"
  "pro-government National Defence Forces", "armed_group", "SYR", "MIL", rel="ALLY SYR 2012 2024-12-08",
  frm="2012", to="2024-12-08")
G("tiger-forces", "Tiger Forces", "25th Special Mission Forces Division;Qawat al-Nimr", "armed_group", "SYR", "MIL",
  parent="SYR.MIL", frm="2013", to="2024-12-08")
G("liwa-al-quds", "Liwa al-Quds", "Quds Brigade (Syria);al-Quds Brigade", "armed_group", "SYR", "MIL",
  rel="ALLY SYR 2013 2024-12-08; ALLY RUS", frm="2013")
G("fatemiyoun", "Liwa Fatemiyoun", "Fatemiyoun;Fatemiyoun Division;Fatemiyoun Brigade;Liwa al-Fatemiyoun;"
  "Fatemiyoun Afghan militia", "armed_group", "IRN", "MIL", parent="IRN.IRGC.QUDS", rel="ALLY SYR 2014 2024-12-08",
  frm="2014", note="Afghan Shia fighters organised by the IRGC")
G("zainabiyoun", "Liwa Zainabiyoun", "Zainabiyoun;Zainabiyoun Brigade;Zeynabiyoun", "armed_group", "IRN", "MIL",
  parent="IRN.IRGC.QUDS", frm="2014", note="Pakistani Shia fighters organised by the IRGC")
G("liwa-abu-al-fadl-al-abbas", "Liwa Abu al-Fadl al-Abbas", "Abu al-Fadl al-Abbas Brigade;LAFA", "armed_group",
  "SYR", "REB", rel="ALLY SYR; ALLY IRN", frm="2012")
G("baath-party-syria", "Arab Socialist Ba'ath Party", "Ba'ath Party;Baath Party;Syrian Ba'ath Party;Syrian Baath Party;"
  "Baath party of Syria;Ba'athists", "party", "SYR", "PTY", to="2025-01-29")
G("ssnp", "Syrian Social Nationalist Party", "SSNP;Syrian Social Nationalist Party in Lebanon", "party", "SYR", "PTY",
  frm="1932")

# Lebanon
G("hezbollah", "Hezbollah", "Hizbollah;Hizballah;Hizbullah;Hizb Allah;Hezbullah;Party of God;"
  "Islamic Resistance in Lebanon;Lebanese Hezbollah;Hezbollah movement;Lebanon's Hezbollah;Hizbollah militia",
  "armed_group", "LBN", "REB",
  rel="ALLY IRN; ALLY SYR 1982 2024-12-08; ENEMY ISR; ALLY group:amal; ALLY group:hamas; ALLY group:houthis",
  frm="1982", note="also a political party with seats in parliament and ministers in government")
G("radwan-force", "Radwan Force", "Radwan Unit;al-Radwan;Radwan special forces", "armed_group", "LBN", "REB",
  parent="group:hezbollah", rel="ENEMY ISR", frm="2006")
G("amal", "Amal Movement", "Amal;Harakat Amal;Afwaj al-Muqawama al-Lubnaniyya", "party", "LBN", "PTY",
  rel="ALLY group:hezbollah", frm="1974")
G("free-patriotic-movement", "Free Patriotic Movement", "FPM;al-Tayyar al-Watani al-Horr;Aounists", "party", "LBN",
  "PTY", frm="2005")
G("lebanese-forces", "Lebanese Forces", "Lebanese Forces party;al-Quwwat al-Lubnaniyya", "party", "LBN", "PTY")
G("future-movement", "Future Movement", "Tayyar al-Mustaqbal;Future Movement party", "party", "LBN", "PTY",
  frm="2007")
G("progressive-socialist-party", "Progressive Socialist Party", "PSP;al-Hizb al-Taqadummi al-Ishtiraki", "party",
  "LBN", "PTY", frm="1949-05-01")
G("kataeb", "Kataeb Party", "Lebanese Phalanges Party;Phalange;Phalangists;Kataeb", "party", "LBN", "PTY",
  frm="1936-11")
G("march-14-alliance", "March 14 Alliance", "March 14 coalition;14 March Alliance", "movement", "LBN", "PTY",
  frm="2005-03-14")
G("march-8-alliance", "March 8 Alliance", "March 8 coalition;8 March Alliance", "movement", "LBN", "PTY",
  frm="2005-03-08")
G("fatah-al-islam", "Fatah al-Islam", "", "armed_group", "LBN", "REB", frm="2006-11")
G("south-lebanon-army", "South Lebanon Army", "South Lebanese Army;Lahd's army", "armed_group", "LBN", "REB",
  rel="ALLY ISR", frm="1976", to="2000-05")

# Palestine
G("hamas", "Hamas", "Harakat al-Muqawama al-Islamiya;Islamic Resistance Movement;Hamas movement;"
  "Palestinian militant group Hamas;Hamas militants", "armed_group", "PSE", "REB",
  rel="ENEMY ISR; ALLY IRN; ALLY group:hezbollah; ALLY group:pij; ENEMY group:fatah 2006 2017",
  frm="1987-12-10", note="governs the Gaza Strip since June 2007")
G("qassam-brigades", "Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades;Qassam Brigades;"
  "al-Qassam Brigades;Ezzedine al-Qassam Brigades;Ezzedine al-Qassam;Ezzedin al-Qassam Brigades;al-Qassam",
  "armed_group", "PSE", "REB", parent="group:hamas", rel="ENEMY ISR", frm="1991")
G("pij", "Palestinian Islamic Jihad", "PIJ;Islamic Jihad;Islamic Jihad Movement in Palestine;"
  "Harakat al-Jihad al-Islami fi Filastin;Palestinian Islamic Jihad movement", "armed_group", "PSE", "REB",
  rel="ENEMY ISR; ALLY IRN; ALLY group:hamas", frm="1981")
G("al-quds-brigades", "Al-Quds Brigades", "Saraya al-Quds;Quds Brigades", "armed_group", "PSE", "REB",
  parent="group:pij", rel="ENEMY ISR", frm="1992")
G("jenin-brigade", "Jenin Brigade", "Jenin Battalion;Katibat Jenin;Jenin Brigades", "armed_group", "PSE", "REB",
  parent="group:al-quds-brigades", rel="ENEMY ISR", frm="2021")
G("lions-den", "Lions' Den", "Lions Den;Areen al-Usud;Arin al-Usud", "armed_group", "PSE", "REB", rel="ENEMY ISR",
  frm="2022")
G("fatah", "Fatah", "Fateh;Harakat al-Tahrir al-Watani al-Filastini;Palestinian National Liberation Movement;"
  "Fatah movement", "party", "PSE", "PTY", rel="ENEMY group:hamas 2006 2017", frm="1959")
G("al-aqsa-martyrs-brigades", "Al-Aqsa Martyrs' Brigades", "al-Aqsa Martyrs Brigades;al-Aqsa Martyrs' Brigade;"
  "Aqsa Martyrs Brigades;Kataib Shuhada al-Aqsa", "armed_group", "PSE", "REB", parent="group:fatah",
  rel="ENEMY ISR", frm="2000-10")
G("tanzim", "Tanzim", "Fatah Tanzim", "armed_group", "PSE", "REB", parent="group:fatah", frm="1995")
G("plo", "Palestine Liberation Organization", "PLO;Palestine Liberation Organisation;Munazzamat al-Tahrir al-Filastiniyyah",
  "movement", "PSE", "GOV", frm="1964-05-28", note="recognised representative of the Palestinian people")
G("pflp", "Popular Front for the Liberation of Palestine", "PFLP", "armed_group", "PSE", "REB", rel="ENEMY ISR",
  frm="1967-12-11")
G("abu-ali-mustafa-brigades", "Abu Ali Mustafa Brigades", "Abu Ali Mustafa Brigade", "armed_group", "PSE", "REB",
  parent="group:pflp", rel="ENEMY ISR")
G("dflp", "Democratic Front for the Liberation of Palestine", "DFLP", "armed_group", "PSE", "REB", rel="ENEMY ISR",
  frm="1969-02-22")
G("pflp-gc", "Popular Front for the Liberation of Palestine – General Command", "PFLP-GC;PFLP-General Command;"
  "Popular Front for the Liberation of Palestine-General Command", "armed_group", "SYR", "REB",
  rel="ALLY SYR; ENEMY ISR", frm="1968")
G("popular-resistance-committees", "Popular Resistance Committees", "Lijan al-Muqawama al-Shaabiya",
  "armed_group", "PSE", "REB", rel="ENEMY ISR", frm="2000")
G("nasser-salah-al-din-brigades", "Al-Nasser Salah al-Din Brigades", "Nasser Salah al-Din Brigades",
  "armed_group", "PSE", "REB", parent="group:popular-resistance-committees", rel="ENEMY ISR")
G("mujahideen-brigades", "Mujahideen Brigades", "Kataib al-Mujahideen", "armed_group", "PSE", "REB",
  rel="ENEMY ISR", frm="2000")

# Israel (parties and movements)
G("likud", "Likud", "Likud party;Likud Party;National Liberal Movement", "party", "ISR", "PTY", frm="1973")
G("yesh-atid", "Yesh Atid", "Yesh Atid party;There Is a Future", "party", "ISR", "PTY", frm="2012-04-29")
G("blue-and-white", "Blue and White", "Kahol Lavan;National Unity Party;National Unity (Israel)", "party", "ISR",
  "PTY", frm="2019-02-21")
G("israeli-labor-party", "Israeli Labor Party", "HaAvoda;Avoda;Israel Labor Party", "party", "ISR", "PTY",
  frm="1968", to="2024-07")
G("kadima", "Kadima", "Kadima party", "party", "ISR", "PTY", frm="2005-11-24", to="2015")
G("shas", "Shas", "Shas party", "party", "ISR", "PTY", frm="1984")
G("united-torah-judaism", "United Torah Judaism", "UTJ;Yahadut HaTorah", "party", "ISR", "PTY", frm="1992")
G("yisrael-beiteinu", "Yisrael Beiteinu", "Yisrael Beytenu;Israel Our Home", "party", "ISR", "PTY", frm="1999")
G("religious-zionist-party", "Religious Zionist Party", "Religious Zionism;HaTzionut HaDatit;National Religious Party–Religious Zionism",
  "party", "ISR", "PTY", frm="2019")
G("otzma-yehudit", "Otzma Yehudit", "Jewish Power;Otzma Yehudit party;Jewish Power party", "party", "ISR", "PTY",
  frm="2012")
G("meretz", "Meretz", "", "party", "ISR", "PTY", frm="1992", to="2024-07")
G("raam", "United Arab List", "Ra'am;Raam", "party", "ISR", "PTY", frm="1996")
G("joint-list", "Joint List", "Joint Arab List;al-Qa'ima al-Mushtaraka", "party", "ISR", "PTY", frm="2015-01-22")
G("hilltop-youth", "Hilltop Youth", "No'ar HaGva'ot", "movement", "ISR", "OPP",
  note="radical settler youth movement in the West Bank")

# Yemen
G("houthis", "Houthis", "Houthi;Houthi movement;Houthi rebels;Ansar Allah;Ansarallah;Ansar Allah movement;"
  "al-Houthi movement;al-Houthis;Huthis;Huthi;Huthi rebels;Houthi militia;Houthi forces;Houthi-led rebels",
  "armed_group", "YEM", "REB",
  rel="ALLY IRN; ALLY group:hezbollah; ENEMY SAU 2015-03-26 -; ENEMY ARE 2015-03-26 -; ENEMY ISR 2023-10 -; "
  "ENEMY USA; ENEMY YEM.GOV 2014-09-21 -", frm="2004",
  note="controls Sanaa and much of northern Yemen since 2014; runs a rival government there")
G("stc", "Southern Transitional Council", "STC;al-Majlis al-Intiqali al-Janoubi;Southern separatists;"
  "UAE-backed Southern Transitional Council", "movement", "YEM", "REB", rel="ALLY ARE; ENEMY group:houthis",
  frm="2017-05-11")
G("security-belt-forces", "Security Belt Forces", "Security Belt;al-Hizam al-Amni;Security Belt Force", "armed_group",
  "YEM", "REB", parent="group:stc", rel="ALLY ARE", frm="2016")
G("giants-brigades", "Giants Brigades", "al-Amaliqa;Amaliqa;Al-Amalika Brigades;Southern Giants Brigades",
  "armed_group", "YEM", "MIL", rel="ALLY ARE; ENEMY group:houthis", frm="2015")
G("national-resistance-forces", "National Resistance Forces", "National Resistance;Guards of the Republic",
  "armed_group", "YEM", "MIL", rel="ALLY ARE; ENEMY group:houthis", frm="2018-04")
G("hadrami-elite-forces", "Hadrami Elite Forces", "Hadrami Elite;Hadramout Elite Forces", "armed_group", "YEM",
  "MIL", rel="ALLY ARE", frm="2016")
G("islah", "Al-Islah", "Islah;Islah party;Yemeni Congregation for Reform;Yemeni Reform Congregation", "party", "YEM",
  "PTY", frm="1990-09-13")
G("gpc", "General People's Congress", "GPC;General People's Congress party;Yemen's General People's Congress",
  "party", "YEM", "PTY", frm="1982-08-24")
G("aqap", "Al-Qaeda in the Arabian Peninsula", "AQAP;al-Qaida in the Arabian Peninsula;al Qaeda in the Arabian Peninsula;"
  "Ansar al-Sharia (Yemen);Ansar al-Sharia in Yemen", "armed_group", "YEM", "REB", parent="group:al-qaeda",
  rel="ENEMY USA; ENEMY group:houthis", frm="2009-01")
G("is-yemen", "Islamic State – Yemen Province", "Islamic State Yemen Province;ISIS in Yemen;Wilayat al-Yaman",
  "armed_group", "YEM", "REB", parent="group:isis", frm="2014-11")

# Turkey
G("pkk", "Kurdistan Workers' Party", "PKK;Kurdistan Workers Party;Partiya Karkerên Kurdistanê;Kongra-Gel;KADEK;"
  "Kurdish militants of the PKK", "armed_group", "TUR", "REB", rel="ENEMY TUR 1984-08-15 2025-05-12",
  frm="1978-11-27", to="2025-05-12", note="announced its dissolution and the end of armed struggle on 2025-05-12")
G("hpg", "People's Defence Forces (HPG)", "HPG;Hêzên Parastina Gel", "armed_group", "TUR", "REB",
  parent="group:pkk", rel="ENEMY TUR")
G("tak", "Kurdistan Freedom Hawks", "TAK;Teyrêbazên Azadiya Kurdistan;Kurdistan Freedom Falcons", "armed_group",
  "TUR", "REB", rel="ENEMY TUR", frm="2004")
G("kck", "Kurdistan Communities Union", "KCK;Koma Civakên Kurdistan", "movement", "TUR", "REB",
  rel="CONTROLS group:pkk", frm="2007")
G("akp", "Justice and Development Party", "AKP;AK Party;AK Parti;Adalet ve Kalkınma Partisi;"
  "Justice and Development Party (Turkey)", "party", "TUR", "PTY", frm="2001-08-14")
G("chp", "Republican People's Party", "CHP;Cumhuriyet Halk Partisi", "party", "TUR", "PTY", frm="1923-09-09")
G("mhp", "Nationalist Movement Party", "MHP;Milliyetçi Hareket Partisi", "party", "TUR", "PTY", frm="1969-02-08")
G("hdp", "Peoples' Democratic Party", "HDP;Halkların Demokratik Partisi;pro-Kurdish HDP", "party", "TUR", "PTY",
  frm="2012-10-15", to="2023")
G("dem-party", "Peoples' Equality and Democracy Party", "DEM Party;DEM Parti;pro-Kurdish DEM Party", "party", "TUR",
  "PTY", frm="2023")
G("iyi-party", "Good Party", "İyi Party;IYI Party;İYİ Parti;Iyi Party", "party", "TUR", "PTY", frm="2017-10-25")
G("gulen-movement", "Gülen movement", "Gulen movement;Hizmet;Hizmet movement;FETO;FETÖ;Fethullah Terrorist Organisation;"
  "Gulenists;Gülenists", "movement", "TUR", "OPP", rel="ENEMY TUR 2016-07-15 -")
G("grey-wolves", "Grey Wolves", "Ülkü Ocakları;Bozkurtlar;Idealist Hearths", "movement", "TUR", "OPP", frm="1968")
G("dhkp-c", "Revolutionary People's Liberation Party-Front", "DHKP-C;DHKP/C", "armed_group", "TUR", "REB",
  rel="ENEMY TUR", frm="1994")

# Iran
G("mek", "People's Mojahedin Organization of Iran", "MEK;MKO;PMOI;Mojahedin-e Khalq;Mujahedin-e Khalq;"
  "Mujahideen-e-Khalq;People's Mujahedin of Iran;Mojahedin-e-Khalq Organization", "movement", "IRN", "OPP",
  rel="ENEMY IRN", frm="1965-09-05")
G("ncri", "National Council of Resistance of Iran", "NCRI", "movement", "IRN", "OPP", rel="COOPERATES group:mek",
  frm="1981")
G("pjak", "Kurdistan Free Life Party", "PJAK;Party of Free Life of Kurdistan;Partiya Jiyana Azad a Kurdistanê",
  "armed_group", "IRN", "REB", rel="ENEMY IRN; COOPERATES group:pkk", frm="2004")
G("jaish-al-adl", "Jaish al-Adl", "Jaish ul-Adl;Jaysh al-Adl;Army of Justice;Jaish al-Adl militant group",
  "armed_group", "IRN", "REB", rel="ENEMY IRN", frm="2012")
G("jundallah-iran", "Jundallah (Iran)", "Jundallah;People's Resistance Movement of Iran", "armed_group", "IRN",
  "REB", rel="ENEMY IRN", frm="2003", to="2010")
G("kdpi", "Democratic Party of Iranian Kurdistan", "KDPI;PDKI;Kurdistan Democratic Party of Iran", "party", "IRN",
  "REB", rel="ENEMY IRN", frm="1945-08-16")
G("komala", "Komala", "Komalah;Komala Party of Iranian Kurdistan", "party", "IRN", "REB", rel="ENEMY IRN",
  frm="1969")
G("pak", "Kurdistan Freedom Party", "PAK;Parti Azadi Kurdistan", "armed_group", "IRN", "REB", rel="ENEMY IRN",
  frm="1991")
G("asmla", "Arab Struggle Movement for the Liberation of Ahvaz", "ASMLA;Harakat al-Nidal;Ahvaz liberation movement",
  "armed_group", "IRN", "REB", rel="ENEMY IRN", frm="1999")
G("green-movement", "Iranian Green Movement", "Green Movement;Green Wave", "movement", "IRN", "OPP", frm="2009-06")

# Egypt, Libya, Maghreb, Gulf
G("muslim-brotherhood", "Muslim Brotherhood", "Society of the Muslim Brothers;al-Ikhwan al-Muslimun;Ikhwan;"
  "Egyptian Muslim Brotherhood;Muslim Brothers", "movement", "EGY", "OPP", frm="1928-03-22",
  note="banned in Egypt since 2013; branches across the region")
G("freedom-and-justice-party", "Freedom and Justice Party", "FJP;Hizb al-Hurriya wal-Adala", "party", "EGY", "PTY",
  parent="group:muslim-brotherhood", frm="2011-04-30", to="2014-08-09")
G("al-nour-party", "Al-Nour Party", "Nour Party;Hizb al-Nour;Salafist Nour Party", "party", "EGY", "PTY",
  frm="2011")
G("ndp-egypt", "National Democratic Party (Egypt)", "Egyptian National Democratic Party;Mubarak's National Democratic Party",
  "party", "EGY", "PTY", frm="1978", to="2011-04-16")
G("april-6-youth-movement", "April 6 Youth Movement", "April 6 Movement;6 April Youth Movement", "movement", "EGY",
  "OPP", frm="2008")
G("wilayat-sinai", "Islamic State – Sinai Province", "Wilayat Sinai;Sinai Province;Islamic State Sinai Province;"
  "Ansar Bayt al-Maqdis;Ansar Beit al-Maqdis;ISIS in Sinai", "armed_group", "EGY", "REB", parent="group:isis",
  rel="ENEMY EGY", frm="2011")
G("hasm", "Hasm Movement", "HASM;Harakat Sawaid Misr;Hasm", "armed_group", "EGY", "REB", rel="ENEMY EGY",
  frm="2016")
G("lna", "Libyan National Army", "LNA;Libyan Arab Armed Forces;LAAF;Haftar's forces;Haftar's Libyan National Army;"
  "forces loyal to Khalifa Haftar;eastern-based forces", "armed_group", "LBY", "MIL",
  rel="ALLY EGY; ALLY ARE; ALLY RUS; COOPERATES RUS.WAGNER; ENEMY group:libya-dawn", frm="2014-05-16",
  note="eastern Libyan forces commanded by Khalifa Haftar, aligned with the House of Representatives")
G("tariq-ben-ziyad-brigade", "Tariq Ben Ziyad Brigade", "Tareq Bin Ziyad Brigade;Tariq bin Ziyad Brigade",
  "armed_group", "LBY", "MIL", parent="group:lna", frm="2016")
G("libya-dawn", "Libya Dawn", "Fajr Libya;Libya Dawn coalition", "armed_group", "LBY", "REB", frm="2014-07",
  to="2015")
G("radaa", "Radaa Special Deterrence Force", "Radaa;Special Deterrence Force;Deterrence Apparatus for Combating Organized Crime and Terrorism",
  "armed_group", "LBY", "MIL", frm="2013")
G("brigade-444", "444 Brigade", "444th Brigade;444th Combat Brigade;Brigade 444", "armed_group", "LBY", "MIL",
  frm="2020")
G("ansar-al-sharia-libya", "Ansar al-Sharia (Libya)", "Ansar al-Sharia in Libya;Ansar al-Sharia Benghazi",
  "armed_group", "LBY", "REB", frm="2012", to="2017-05")
G("is-libya", "Islamic State – Libya Province", "Islamic State Libya Province;ISIS in Libya;Wilayat Tarabulus;"
  "Wilayat Barqa", "armed_group", "LBY", "REB", parent="group:isis", frm="2014-11")
G("polisario-front", "Polisario Front", "Polisario;Frente Polisario;POLISARIO;Sahrawi independence movement",
  "movement", "ESH", "REB", rel="ENEMY MAR; ALLY DZA", frm="1973-05-10")
G("aqim", "Al-Qaeda in the Islamic Maghreb", "AQIM;al-Qaida in the Islamic Maghreb;GSPC;Salafist Group for Preaching and Combat",
  "armed_group", "DZA", "REB", parent="group:al-qaeda", frm="1998", note="GSPC renamed AQIM in January 2007")
G("okba-ibn-nafaa-brigade", "Okba Ibn Nafaa Brigade", "Uqba ibn Nafi Battalion;Katibat Uqba ibn Nafi", "armed_group",
  "TUN", "REB", parent="group:aqim", frm="2012")
G("ansar-al-sharia-tunisia", "Ansar al-Sharia (Tunisia)", "Ansar al-Sharia in Tunisia", "armed_group", "TUN", "REB",
  frm="2011-04", to="2013")
G("ennahda", "Ennahda", "Ennahda Movement;Ennahdha;al-Nahda;Nahda;Ennahda party", "party", "TUN", "PTY",
  frm="1981-06-06")
G("pjd-morocco", "Justice and Development Party (Morocco)", "PJD;Parti de la justice et du développement",
  "party", "MAR", "PTY", frm="1967")
G("fln-algeria", "National Liberation Front (Algeria)", "FLN;Front de Libération Nationale", "party", "DZA", "PTY",
  frm="1954-10-10")
G("hirak-algeria", "Hirak (Algeria)", "Hirak;Algerian Hirak;Hirak protest movement", "movement", "DZA", "OPP",
  frm="2019-02-16")
G("al-wefaq", "Al-Wefaq National Islamic Society", "al-Wefaq;Wefaq;Wefaq society", "party", "BHR", "PTY",
  frm="2001-11-07", to="2016-07-17")
G("saraya-al-ashtar", "Saraya al-Ashtar", "al-Ashtar Brigades;al-Ashtar Brigade", "armed_group", "BHR", "REB",
  rel="ALLY IRN; ENEMY BHR", frm="2013")
