"""Armed groups, parties and movements outside the Middle East: jihadist networks, Africa, Ukraine, Asia, elsewhere."""

from _dsl import G

# Global jihadist networks and their affiliates
G("isis", "Islamic State", "ISIS;ISIL;Daesh;Daish;Da'ish;Islamic State of Iraq and the Levant;"
  "Islamic State of Iraq and Syria;Islamic State of Iraq and al-Sham;Islamic State group;Islamic State of Iraq;"
  "IS group;Islamic State militants;so-called Islamic State", "armed_group", "IRQ", "REB",
  rel="ENEMY IRQ; ENEMY SYR; ENEMY USA; ENEMY group:al-qaeda 2014-02 -; ENEMY group:sdf; ENEMY group:pmf",
  frm="2006-10-15", note="proclaimed a caliphate in June 2014; lost its last territory in Syria in March 2019")
G("iskp", "Islamic State Khorasan Province", "ISKP;ISIS-K;IS-K;IS-KP;ISIL-K;ISIS-Khorasan;Islamic State – Khorasan Province;"
  "Islamic State Khorasan;Islamic State-Khorasan;Wilayat Khorasan", "armed_group", "AFG", "REB",
  parent="group:isis", rel="ENEMY group:taliban; ENEMY AFG", frm="2015-01-26")
G("iswap", "Islamic State West Africa Province", "ISWAP;Islamic State in West Africa;Islamic State West Africa;"
  "Wilayat Gharb Afriqiya", "armed_group", "NGA", "REB", parent="group:isis",
  rel="ENEMY NGA; ENEMY group:boko-haram 2016-08 -", frm="2015-03")
G("is-sahel", "Islamic State Sahel Province", "IS Sahel;ISSP;Islamic State in the Greater Sahara;ISGS;"
  "Islamic State Sahel;Islamic State in the Sahel;EIGS", "armed_group", "MLI", "REB", parent="group:isis",
  rel="ENEMY group:jnim 2020 -; ENEMY MLI; ENEMY NER; ENEMY BFA", frm="2015-05")
G("iscap", "Islamic State Central Africa Province", "ISCAP;Islamic State Central Africa", "armed_group", "COD",
  "REB", parent="group:isis", frm="2019-04")
G("is-mozambique", "Islamic State Mozambique Province", "Ansar al-Sunna (Mozambique);Ahlu Sunnah wal-Jama'a (Mozambique);"
  "al-Shabaab (Mozambique);Cabo Delgado insurgents;ISM", "armed_group", "MOZ", "REB", parent="group:isis",
  rel="ENEMY MOZ", frm="2017-10")
G("is-somalia", "Islamic State Somalia Province", "Islamic State in Somalia;ISIS-Somalia;IS-Somalia", "armed_group",
  "SOM", "REB", parent="group:isis", rel="ENEMY group:al-shabaab", frm="2015-10")
G("al-qaeda", "Al-Qaeda", "al-Qaida;al Qaeda;al Qaida;Al Qaeda;al-Qa'ida;al-Qaeda core;Qaeda", "armed_group", "AFG",
  "REB", rel="ENEMY USA; ALLY group:taliban", frm="1988-08-11")
G("aqis", "Al-Qaeda in the Indian Subcontinent", "AQIS;al-Qaida in the Indian Subcontinent", "armed_group", "PAK",
  "REB", parent="group:al-qaeda", frm="2014-09-03")
G("al-shabaab", "Al-Shabaab", "al-Shabab;Shabaab;Shabab;Harakat al-Shabaab al-Mujahideen;Harakat al-Shabab al-Mujahidin;"
  "HSM;Somali militant group al-Shabaab;al-Shabaab militants", "armed_group", "SOM", "REB",
  parent="group:al-qaeda", rel="ENEMY SOM; ENEMY KEN; ENEMY org:au-mission-somalia", frm="2006")
G("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM;Jamaat Nusrat al-Islam wal-Muslimin;Jama'at Nasr al-Islam wal-Muslimin;"
  "Group for the Support of Islam and Muslims;GSIM;Support Group for Islam and Muslims", "armed_group", "MLI",
  "REB", parent="group:al-qaeda", rel="ENEMY MLI; ENEMY BFA; ENEMY NER; ENEMY group:is-sahel 2020 -",
  frm="2017-03-02")
G("ansar-dine", "Ansar Dine", "Ansar ad-Din;Ansar Eddine;Ansar al-Din", "armed_group", "MLI", "REB",
  frm="2012", to="2017-03-02")
G("katiba-macina", "Katiba Macina", "Macina Liberation Front;Katiba Massina;Front de libération du Macina",
  "armed_group", "MLI", "REB", parent="group:jnim", frm="2015-01")
G("al-mourabitoun", "Al-Mourabitoun", "al-Murabitun;Al Mourabitoun", "armed_group", "MLI", "REB",
  parent="group:jnim", frm="2013-08")
G("mujao", "Movement for Oneness and Jihad in West Africa", "MUJAO;MOJWA;Movement for Unity and Jihad in West Africa",
  "armed_group", "MLI", "REB", frm="2011", to="2013-08")
G("ansarul-islam", "Ansarul Islam", "Ansar ul Islam;Ansaroul Islam", "armed_group", "BFA", "REB",
  rel="COOPERATES group:jnim", frm="2016-12")
G("boko-haram", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;JAS;Jama'at Ahl as-Sunnah lid-Da'wah wa'l-Jihad;"
  "Boko Haram militants;Boko Haram jihadists", "armed_group", "NGA", "REB", rel="ENEMY NGA; ENEMY group:iswap 2016-08 -",
  frm="2002")
G("ansaru", "Ansaru", "Jama'atu Ansarul Muslimina fi Biladis Sudan", "armed_group", "NGA", "REB",
  rel="COOPERATES group:al-qaeda", frm="2012-01")
G("lakurawa", "Lakurawa", "", "armed_group", "NGA", "REB")
G("hizb-ut-tahrir", "Hizb ut-Tahrir", "Hizb-ut-Tahrir;Hizb al-Tahrir", "movement", None, "OPP", frm="1953")

# Sahel and West Africa (non-jihadist)
G("mnla", "National Movement for the Liberation of Azawad", "MNLA;Mouvement national pour la libération de l'Azawad",
  "armed_group", "MLI", "REB", rel="ENEMY MLI 2012 2015", frm="2011-10-16")
G("cma", "Coordination of Azawad Movements", "CMA;Coordination des mouvements de l'Azawad", "movement", "MLI", "REB",
  frm="2014", to="2024-11")
G("fla", "Azawad Liberation Front", "FLA;Front de libération de l'Azawad", "armed_group", "MLI", "REB",
  rel="ENEMY MLI; ENEMY RUS.WAGNER", frm="2024-11-30")
G("gatia", "Imghad Tuareg Self-Defense Group and Allies", "GATIA", "armed_group", "MLI", "MIL", rel="ALLY MLI",
  frm="2014-08")
G("dan-na-ambassagou", "Dan Na Ambassagou", "Dan Na Amassagou", "armed_group", "MLI", "REB", frm="2016")
G("vdp", "Volunteers for the Defence of the Homeland", "VDP;Volontaires pour la défense de la patrie;"
  "Volunteers for the Defense of the Homeland", "armed_group", "BFA", "MIL", rel="ALLY BFA", frm="2020-01-21")
G("africa-corps", "Africa Corps", "Russian Africa Corps;Afrika Korps;Expeditionary Corps", "armed_group", "RUS",
  "MIL", parent="RUS.MIL", rel="ALLY MLI; ALLY BFA; ALLY NER", frm="2023-12",
  note="Russian defence ministry force that took over Wagner's Africa operations")
G("ipob", "Indigenous People of Biafra", "IPOB", "movement", "NGA", "OPP", rel="ENEMY NGA", frm="2012")
G("eastern-security-network", "Eastern Security Network", "ESN", "armed_group", "NGA", "REB",
  parent="group:ipob", frm="2020-12")
G("mend", "Movement for the Emancipation of the Niger Delta", "MEND", "armed_group", "NGA", "REB", frm="2006")
G("ambazonia-defence-forces", "Ambazonia Defence Forces", "Ambazonian separatists;Amba Boys", "armed_group", "CMR",
  "REB", rel="ENEMY CMR", frm="2017")

# Central and East Africa
G("m23", "March 23 Movement", "M23;Mouvement du 23 mars;M23 rebels", "armed_group", "COD", "REB",
  rel="ENEMY COD; ALLY RWA", frm="2012-04-04")
G("afc", "Alliance Fleuve Congo", "Congo River Alliance;AFC;AFC/M23", "movement", "COD", "REB",
  rel="ALLY group:m23", frm="2023-12-15")
G("fdlr", "Democratic Forces for the Liberation of Rwanda", "FDLR;Forces démocratiques de libération du Rwanda",
  "armed_group", "COD", "REB", rel="ENEMY RWA", frm="2000")
G("adf", "Allied Democratic Forces", "ADF;ADF rebels", "armed_group", "COD", "REB",
  rel="ALLY group:isis 2019 -; ENEMY COD; ENEMY UGA", frm="1995")
G("codeco", "CODECO", "Cooperative for the Development of Congo;Coopérative pour le développement du Congo",
  "armed_group", "COD", "REB", frm="2017")
G("wazalendo", "Wazalendo", "Wazalendo militias", "armed_group", "COD", "MIL", rel="ALLY COD; ENEMY group:m23",
  frm="2022")
G("lra", "Lord's Resistance Army", "LRA", "armed_group", "UGA", "REB", rel="ENEMY UGA", frm="1987")
G("seleka", "Séléka", "Seleka;ex-Séléka;ex-Seleka", "armed_group", "CAF", "REB", frm="2012-08", to="2013-09")
G("anti-balaka", "Anti-balaka", "anti-Balaka militias", "armed_group", "CAF", "REB", frm="2013")
G("coalition-of-patriots-for-change", "Coalition of Patriots for Change", "Coalition des patriotes pour le changement",
  "armed_group", "CAF", "REB", rel="ENEMY CAF", frm="2020-12-15")

# Horn of Africa and Sudan
G("tplf", "Tigray People's Liberation Front", "TPLF;Tigrayan People's Liberation Front;Tigray ruling party;"
  "Tigray's ruling party", "party", "ETH", "PTY", rel="ENEMY ETH 2020-11-04 2022-11-02; ENEMY ERI",
  frm="1975-02-18")
G("tdf", "Tigray Defense Forces", "TDF;Tigray Defence Forces;Tigrayan forces;Tigrayan Defence Forces;Tigray forces",
  "armed_group", "ETH", "REB", parent="group:tplf", rel="ENEMY ETH 2020-11 2022-11-02; ENEMY ERI",
  frm="2020-11")
G("fano", "Fano", "Fano militia;Fano militiamen;Amhara Fano;Amhara militia Fano", "armed_group", "ETH", "REB",
  rel="ENEMY ETH 2023-08 -; ENEMY group:tplf 2020 2022", frm="2016")
G("ola", "Oromo Liberation Army", "OLA;Shene;OLF-Shene;OLF-OLA", "armed_group", "ETH", "REB", rel="ENEMY ETH",
  frm="2018")
G("olf", "Oromo Liberation Front", "OLF", "party", "ETH", "PTY", frm="1973")
G("onlf", "Ogaden National Liberation Front", "ONLF", "armed_group", "ETH", "REB", frm="1984")
G("prosperity-party", "Prosperity Party", "Ethiopia's ruling Prosperity Party;Blitsigina Party", "party", "ETH", "PTY",
  frm="2019-12-01")
G("eprdf", "Ethiopian People's Revolutionary Democratic Front", "EPRDF", "party", "ETH", "PTY", frm="1988",
  to="2019-12-01")
G("janjaweed", "Janjaweed", "Janjawid;Janjaweed militia", "armed_group", "SDN", "REB", frm="2003",
  note="Darfur militias from which the Rapid Support Forces were formed in 2013")
G("splm-n", "Sudan People's Liberation Movement–North", "SPLM-N;SPLM-North;SPLA-N;SPLM-N al-Hilu", "armed_group",
  "SDN", "REB", frm="2011")
G("sla", "Sudan Liberation Movement/Army", "Sudan Liberation Army;Sudan Liberation Movement;SLA;SLM;SLM/A",
  "armed_group", "SDN", "REB", frm="2002")
G("sla-mm", "Sudan Liberation Army – Minni Minnawi", "SLA-MM;SLM-MM;SLA/MM", "armed_group", "SDN", "REB",
  parent="group:sla", frm="2006")
G("sla-aw", "Sudan Liberation Army – Abdul Wahid", "SLA-AW;SLM-AW;SLA/AW", "armed_group", "SDN", "REB",
  parent="group:sla", frm="2006")
G("jem", "Justice and Equality Movement", "JEM", "armed_group", "SDN", "REB", frm="2001")
G("ffc", "Forces of Freedom and Change", "FFC;Forces for Freedom and Change;Freedom and Change", "movement", "SDN",
  "OPP", frm="2019-01-01")
G("sudanese-professionals-association", "Sudanese Professionals Association", "", "movement", "SDN", "LAB",
  frm="2012")
G("resistance-committees-sudan", "Resistance Committees", "Sudan's resistance committees;neighbourhood resistance committees",
  "movement", "SDN", "OPP", frm="2013")
G("ncp-sudan", "National Congress Party (Sudan)", "NCP;Sudan's National Congress Party", "party", "SDN", "PTY",
  frm="1998", to="2019-11-28")
G("tasis", "Sudan Founding Alliance", "Tasis;Ta'sis;Sudan Founding Alliance (Tasis)", "movement", "SDN", "REB",
  rel="ALLY SDN.RSF", frm="2025-02")
G("splm", "Sudan People's Liberation Movement", "SPLM;SPLM/A;Sudan People's Liberation Army;SPLA", "party", "SSD",
  "PTY", frm="1983-05-16")
G("splm-io", "Sudan People's Liberation Movement-in-Opposition", "SPLM-IO;SPLA-IO;SPLM/A-IO;SPLM in Opposition",
  "armed_group", "SSD", "REB", rel="ENEMY SSD 2013-12 2018-09", frm="2013-12")
G("white-army", "White Army", "Nuer White Army;White Army militia", "armed_group", "SSD", "REB", frm="1991")
G("ahlu-sunna-waljamaa", "Ahlu Sunna Waljama'a", "Ahlu Sunna Wal Jama'a;ASWJ", "armed_group", "SOM", "REB",
  rel="ENEMY group:al-shabaab")
G("macawisley", "Macawisley", "Ma'awisley;Macawisley clan militias", "armed_group", "SOM", "MIL",
  rel="ALLY SOM; ENEMY group:al-shabaab", frm="2022")

# Ukraine and Russia
G("azov", "Azov Brigade", "Azov Regiment;Azov Battalion;Azov;12th Special Forces Brigade Azov;Azov unit",
  "armed_group", "UKR", "MIL", parent="UKR.NATGUARD", rel="ENEMY RUS", frm="2014-05-05")
G("dpr", "Donetsk People's Republic", "DPR;DNR;self-proclaimed Donetsk People's Republic;Donetsk separatists",
  "movement", "UKR", "REB", rel="ALLY RUS; ENEMY UKR", frm="2014-04-07",
  note="Russian-backed separatist entity; annexed by Russia in September 2022 (not recognised internationally)")
G("lpr", "Luhansk People's Republic", "LPR;LNR;Lugansk People's Republic;self-proclaimed Luhansk People's Republic;"
  "Luhansk separatists", "movement", "UKR", "REB", rel="ALLY RUS; ENEMY UKR", frm="2014-04-27",
  note="Russian-backed separatist entity; annexed by Russia in September 2022 (not recognised internationally)")
G("dpr-militia", "Donetsk People's Militia", "DPR forces;DPR militia;1st Army Corps;Donetsk militia", "armed_group",
  "UKR", "REB", parent="group:dpr", rel="ENEMY UKR", frm="2014")
G("lpr-militia", "Luhansk People's Militia", "LPR forces;LPR militia;2nd Army Corps;Luhansk militia", "armed_group",
  "UKR", "REB", parent="group:lpr", rel="ENEMY UKR", frm="2014")
G("freedom-of-russia-legion", "Freedom of Russia Legion", "Legion Freedom of Russia;Legion of Free Russia;"
  "Free Russia Legion", "armed_group", "RUS", "REB", rel="ENEMY RUS; COOPERATES UKR", frm="2022-03")
G("russian-volunteer-corps", "Russian Volunteer Corps", "RDK;RVC;Russkiy Dobrovolcheskiy Korpus", "armed_group",
  "RUS", "REB", rel="ENEMY RUS; COOPERATES UKR", frm="2022-08")
G("akhmat", "Akhmat special forces", "Akhmat;Akhmat battalion;Kadyrovtsy;Kadyrovites;Chechen Akhmat forces",
  "armed_group", "RUS", "MIL", rel="ALLY RUS; ENEMY UKR", frm="2022")
G("international-legion-ukraine", "International Legion of Territorial Defence of Ukraine",
  "International Legion;Ukraine's International Legion;foreign legion of Ukraine", "armed_group", "UKR", "MIL",
  parent="UKR.MIL", frm="2022-02-27")
G("right-sector", "Right Sector", "Pravyi Sektor", "movement", "UKR", "PTY", frm="2013-11")
G("svoboda", "All-Ukrainian Union Svoboda", "Svoboda party", "party", "UKR", "PTY", frm="1991")
G("servant-of-the-people", "Servant of the People", "Servant of the People party;Sluha Narodu", "party", "UKR",
  "PTY", frm="2017-12")
G("party-of-regions", "Party of Regions", "", "party", "UKR", "PTY", frm="1997", to="2014")
G("united-russia", "United Russia", "Yedinaya Rossiya;ruling United Russia party", "party", "RUS", "PTY",
  frm="2001-12-01")
G("anti-corruption-foundation", "Anti-Corruption Foundation", "FBK;Fond Borby s Korruptsiyey;Navalny's Anti-Corruption Foundation",
  "movement", "RUS", "OPP", frm="2011")
G("caucasus-emirate", "Caucasus Emirate", "Imarat Kavkaz;Caucasian Emirate", "armed_group", "RUS", "REB",
  rel="ENEMY RUS", frm="2007-10-31", to="2016")
G("imu", "Islamic Movement of Uzbekistan", "IMU", "armed_group", "UZB", "REB", frm="1998")

# Myanmar
G("nug", "National Unity Government", "NUG;National Unity Government of Myanmar;Myanmar's shadow government;"
  "shadow National Unity Government", "movement", "MMR", "OPP", rel="ENEMY MMR 2021-04-16 -", frm="2021-04-16")
G("pdf-myanmar", "People's Defence Force", "People's Defense Force;PDF;People's Defence Forces;People's Defense Forces;"
  "PDFs;anti-junta People's Defence Force", "armed_group", "MMR", "REB", parent="group:nug",
  rel="ENEMY MMR 2021-05-05 -", frm="2021-05-05")
G("ula", "United League of Arakan", "ULA", "movement", "MMR", "REB", frm="2009-04-10")
G("arakan-army", "Arakan Army", "Arakha Army;Arakan Army rebels", "armed_group", "MMR", "REB", parent="group:ula",
  rel="ENEMY MMR; ENEMY group:arsa", frm="2009-04-10")
G("kio", "Kachin Independence Organisation", "Kachin Independence Organization;KIO", "movement", "MMR", "REB",
  frm="1961-02-05")
G("kia", "Kachin Independence Army", "KIA;Kachin rebels", "armed_group", "MMR", "REB", parent="group:kio",
  rel="ENEMY MMR", frm="1961-02-05")
G("tnla", "Ta'ang National Liberation Army", "TNLA;Palaung State Liberation Army;Ta'ang Army", "armed_group", "MMR",
  "REB", rel="ENEMY MMR", frm="1992-01-12")
G("mndaa", "Myanmar National Democratic Alliance Army", "MNDAA;Kokang army;Kokang rebels", "armed_group", "MMR",
  "REB", rel="ENEMY MMR", frm="1989-03-11")
G("three-brotherhood-alliance", "Three Brotherhood Alliance", "Brotherhood Alliance;Northern Alliance (Myanmar)",
  "movement", "MMR", "REB", rel="ENEMY MMR; CONTROLS group:arakan-army; CONTROLS group:tnla; CONTROLS group:mndaa",
  frm="2019-06")
G("knu", "Karen National Union", "KNU", "movement", "MMR", "REB", rel="ENEMY MMR", frm="1947-02-05")
G("knla", "Karen National Liberation Army", "KNLA;Karen rebels", "armed_group", "MMR", "REB", parent="group:knu",
  rel="ENEMY MMR", frm="1949")
G("dkba", "Democratic Karen Buddhist Army", "DKBA;Democratic Karen Benevolent Army", "armed_group", "MMR", "REB",
  frm="1994-12")
G("karen-national-army", "Karen National Army", "Karen Border Guard Force;KNA;Karen BGF", "armed_group", "MMR",
  "MIL", rel="ALLY MMR 2010 2024-01", frm="2010")
G("uwsa", "United Wa State Army", "UWSA;Wa army;United Wa State Party", "armed_group", "MMR", "REB",
  frm="1989-04-17")
G("rcss", "Restoration Council of Shan State", "RCSS;Shan State Army-South;SSA-S", "armed_group", "MMR", "REB",
  frm="1996")
G("ssppa", "Shan State Progress Party", "SSPP;Shan State Army-North;SSA-N", "armed_group", "MMR", "REB", frm="1971")
G("knpp", "Karenni National Progressive Party", "KNPP;Karenni Army", "armed_group", "MMR", "REB", rel="ENEMY MMR",
  frm="1957")
G("kndf", "Karenni Nationalities Defence Force", "KNDF;Karenni Nationalities Defense Force", "armed_group", "MMR",
  "REB", rel="ENEMY MMR", frm="2021-05-31")
G("cnf", "Chin National Front", "CNF;Chin National Army;CNA", "armed_group", "MMR", "REB", rel="ENEMY MMR",
  frm="1988-03-20")
G("arsa", "Arakan Rohingya Salvation Army", "ARSA;Harakah al-Yaqin;Faith Movement", "armed_group", "MMR", "REB",
  rel="ENEMY MMR", frm="2013")
G("bpla", "Bamar People's Liberation Army", "BPLA", "armed_group", "MMR", "REB", rel="ENEMY MMR", frm="2021")
G("pyu-saw-htee", "Pyu Saw Htee", "Pyu Saw Htee militia", "armed_group", "MMR", "MIL", rel="ALLY MMR", frm="2021")
G("nld", "National League for Democracy", "NLD;Aung San Suu Kyi's National League for Democracy", "party", "MMR",
  "PTY", frm="1988-09-27")
G("usdp", "Union Solidarity and Development Party", "USDP;military-backed Union Solidarity and Development Party",
  "party", "MMR", "PTY", frm="2010-06-02")

# Afghanistan and Pakistan
G("taliban", "Taliban", "Afghan Taliban;Taleban;Taliban movement;"
  "Taliban militants;Taliban fighters", "armed_group", "AFG", "REB",
  rel="ENEMY USA 2001-10-07 2020-02-29; ALLY group:al-qaeda; CONTROLS AFG.GOV 2021-08-15 -; "
  "ENEMY group:iskp; ENEMY group:nrf", frm="1994",
  note="ruled Afghanistan 1996-2001 and again since 2021-08-15")
G("haqqani-network", "Haqqani Network", "Haqqanis;Haqqani group", "armed_group", "AFG", "REB",
  parent="group:taliban", rel="ENEMY USA")
G("nrf", "National Resistance Front of Afghanistan", "NRF;National Resistance Front;Afghanistan National Resistance Front",
  "armed_group", "AFG", "REB", rel="ENEMY group:taliban", frm="2021-08")
G("afghanistan-freedom-front", "Afghanistan Freedom Front", "AFF", "armed_group", "AFG", "REB",
  rel="ENEMY group:taliban", frm="2022-02")
G("northern-alliance", "Northern Alliance", "United Islamic Front;United Islamic Front for the Salvation of Afghanistan",
  "armed_group", "AFG", "REB", rel="ENEMY group:taliban; COOPERATES USA 2001", frm="1996", to="2001-12")
G("hezb-e-islami", "Hezb-e-Islami", "Hezb-e Islami Gulbuddin;HIG;Hizb-i-Islami;Hezb-i-Islami", "party", "AFG", "PTY",
  frm="1976")
G("ttp", "Tehrik-i-Taliban Pakistan", "TTP;Pakistani Taliban;Tehreek-e-Taliban Pakistan;Tehrik-e-Taliban Pakistan;"
  "Pakistan Taliban", "armed_group", "PAK", "REB", rel="ENEMY PAK; ALLY group:taliban", frm="2007-12")
G("lashkar-e-taiba", "Lashkar-e-Taiba", "LeT;Lashkar-e-Toiba;Lashkar-e-Tayyiba;Jamaat-ud-Dawa;JuD", "armed_group",
  "PAK", "REB", rel="ENEMY IND", frm="1987")
G("jaish-e-mohammed", "Jaish-e-Mohammed", "Jaish-e-Muhammad;Jaish-e-Mohammad;Jaish e Mohammed", "armed_group", "PAK", "REB",
  rel="ENEMY IND", frm="2000-01")
G("hizbul-mujahideen", "Hizbul Mujahideen", "Hizb-ul-Mujahideen;Hizbul Mujahedeen", "armed_group", "IND", "REB",
  rel="ENEMY IND", frm="1989")
G("the-resistance-front", "The Resistance Front", "TRF;Resistance Front (Kashmir)", "armed_group", "IND", "REB",
  parent="group:lashkar-e-taiba", rel="ENEMY IND", frm="2019")
G("bla", "Balochistan Liberation Army", "BLA;Baloch Liberation Army", "armed_group", "PAK", "REB", rel="ENEMY PAK",
  frm="2000")
G("blf", "Balochistan Liberation Front", "BLF;Baloch Liberation Front", "armed_group", "PAK", "REB",
  rel="ENEMY PAK", frm="1964")
G("lashkar-e-jhangvi", "Lashkar-e-Jhangvi", "LeJ;Lashkar-e-Jhangvi al-Alami", "armed_group", "PAK", "REB",
  frm="1996")
G("tlp", "Tehreek-e-Labbaik Pakistan", "TLP;Tehreek-i-Labbaik Pakistan", "party", "PAK", "PTY", frm="2015")
G("pti", "Pakistan Tehreek-e-Insaf", "PTI;Pakistan Tehrik-e-Insaf;Imran Khan's party", "party", "PAK", "PTY",
  frm="1996-04-25")
G("pml-n", "Pakistan Muslim League (N)", "PML-N;PMLN;Pakistan Muslim League-Nawaz", "party", "PAK", "PTY",
  frm="1993")
G("ppp", "Pakistan Peoples Party", "PPP;Pakistan People's Party", "party", "PAK", "PTY", frm="1967-11-30")

# South and South-East Asia, Latin America, Europe
G("bjp", "Bharatiya Janata Party", "BJP", "party", "IND", "PTY", frm="1980-04-06")
G("indian-national-congress", "Indian National Congress", "Congress party;Congress Party of India", "party", "IND",
  "PTY", frm="1885-12-28")
G("awami-league", "Awami League", "Bangladesh Awami League", "party", "BGD", "PTY", frm="1949-06-23")
G("bnp", "Bangladesh Nationalist Party", "BNP", "party", "BGD", "PTY", frm="1978-09-01")
G("jamaat-e-islami-bangladesh", "Bangladesh Jamaat-e-Islami", "Jamaat-e-Islami", "party", "BGD", "PTY",
  frm="1975")
G("ltte", "Liberation Tigers of Tamil Eelam", "LTTE;Tamil Tigers", "armed_group", "LKA", "REB", rel="ENEMY LKA",
  frm="1976-05-05", to="2009-05-18")
G("npa-philippines", "New People's Army", "NPA;communist New People's Army", "armed_group", "PHL", "REB",
  rel="ENEMY PHL", frm="1969-03-29")
G("abu-sayyaf", "Abu Sayyaf", "Abu Sayyaf Group;ASG", "armed_group", "PHL", "REB", rel="ENEMY PHL", frm="1991")
G("milf", "Moro Islamic Liberation Front", "MILF", "armed_group", "PHL", "REB", frm="1977")
G("jemaah-islamiyah", "Jemaah Islamiyah", "JI;Jemaah Islamiah", "armed_group", "IDN", "REB", frm="1993",
  to="2024-06-30")
G("farc", "Revolutionary Armed Forces of Colombia", "FARC;FARC-EP;Fuerzas Armadas Revolucionarias de Colombia",
  "armed_group", "COL", "REB", rel="ENEMY COL 1964 2016-11-24", frm="1964-05-27", to="2017-06-27")
G("farc-dissidents", "FARC dissidents", "Estado Mayor Central;EMC;FARC dissident groups;Segunda Marquetalia",
  "armed_group", "COL", "REB", rel="ENEMY COL", frm="2016")
G("eln", "National Liberation Army (Colombia)", "ELN;Ejército de Liberación Nacional;Ejercito de Liberacion Nacional",
  "armed_group", "COL", "REB", rel="ENEMY COL", frm="1964-07-04")
G("clan-del-golfo", "Clan del Golfo", "Gulf Clan;Autodefensas Gaitanistas de Colombia;AGC;Urabeños;Ejército Gaitanista de Colombia",
  "armed_group", "COL", "CRM", frm="2006")
G("sinaloa-cartel", "Sinaloa Cartel", "Cártel de Sinaloa;Sinaloa drug cartel", "armed_group", "MEX", "CRM",
  frm="1989")
G("cjng", "Jalisco New Generation Cartel", "CJNG;Cártel de Jalisco Nueva Generación;Jalisco cartel", "armed_group",
  "MEX", "CRM", frm="2009")
G("tren-de-aragua", "Tren de Aragua", "", "armed_group", "VEN", "CRM", frm="2014")
G("viv-ansanm", "Viv Ansanm", "Viv Ansanm gang coalition", "armed_group", "HTI", "CRM", frm="2023-09")
G("eta", "ETA", "Euskadi Ta Askatasuna;Basque separatist group ETA", "armed_group", "ESP", "REB", rel="ENEMY ESP",
  frm="1959-07-31", to="2018-05-03")
G("ira", "Provisional Irish Republican Army", "IRA;Provisional IRA;Irish Republican Army", "armed_group", "GBR", "REB",
  rel="ENEMY GBR", frm="1969-12", to="2005-07-28")
G("new-ira", "New IRA", "Real IRA", "armed_group", "GBR", "REB", frm="2012")

# Major parties elsewhere (frequent in political news)
G("ccp", "Chinese Communist Party", "CCP;Communist Party of China;CPC;Chinese Communist Party (CCP)", "party", "CHN",
  "PTY", frm="1921-07-23")
G("anc", "African National Congress", "ANC", "party", "ZAF", "PTY", frm="1912-01-08")
G("eff", "Economic Freedom Fighters", "EFF", "party", "ZAF", "PTY", frm="2013-07-26")
G("zanu-pf", "ZANU–PF", "ZANU-PF;Zimbabwe African National Union – Patriotic Front", "party", "ZWE", "PTY",
  frm="1987-12-22")
G("republican-party-us", "Republican Party", "GOP;US Republican Party;Republicans", "party", "USA", "PTY",
  frm="1854-03-20")
G("democratic-party-us", "Democratic Party (United States)", "US Democratic Party;Democrats", "party", "USA", "PTY",
  frm="1828-01-08")
G("conservative-party-uk", "Conservative Party (UK)", "Conservative Party;Tories;Tory party", "party", "GBR",
  "PTY", frm="1834")
G("labour-party-uk", "Labour Party (UK)", "Labour Party;British Labour Party", "party", "GBR", "PTY",
  frm="1900-02-27")
G("rassemblement-national", "National Rally", "Rassemblement National;Front National;National Front (France)", "party",
  "FRA", "PTY", frm="1972-10-05")
G("afd", "Alternative for Germany", "AfD;Alternative für Deutschland", "party", "DEU", "PTY", frm="2013-02-06")
G("cdu", "Christian Democratic Union", "CDU;Christian Democratic Union of Germany", "party", "DEU", "PTY",
  frm="1945-06-26")
G("spd", "Social Democratic Party of Germany", "SPD", "party", "DEU", "PTY", frm="1863-05-23")
G("morena", "Morena", "National Regeneration Movement;Movimiento Regeneración Nacional", "party", "MEX", "PTY",
  frm="2014-07-09")
G("workers-party-brazil", "Workers' Party (Brazil)", "Partido dos Trabalhadores", "party", "BRA", "PTY",
  frm="1980-02-10")
G("fidesz", "Fidesz", "Fidesz–Hungarian Civic Alliance", "party", "HUN", "PTY", frm="1988-03-30")
G("law-and-justice", "Law and Justice", "PiS;Prawo i Sprawiedliwość", "party", "POL", "PTY", frm="2001-06-13")
G("georgian-dream", "Georgian Dream", "Georgian Dream party", "party", "GEO", "PTY", frm="2012-04-19")
G("psuv", "United Socialist Party of Venezuela", "PSUV;Partido Socialista Unido de Venezuela", "party", "VEN",
  "PTY", frm="2007-03-24")
G("indian-maoists", "Communist Party of India (Maoist)", "CPI (Maoist);CPI-Maoist;Naxalites;Maoist rebels in India",
  "armed_group", "IND", "REB", rel="ENEMY IND", frm="2004-09-21")
