"""Intergovernmental organisations, NGOs and news media."""

from _dsl import O

# United Nations system
O("un", "United Nations", "UN;U.N.;the UN;United Nations Organization;UNO", "igo", None, "IGO", frm="1945-10-24")
O("unsc", "United Nations Security Council", "UN Security Council;U.N. Security Council;Security Council;UNSC",
  "igo", None, "IGO", parent="org:un")
O("unga", "United Nations General Assembly", "UN General Assembly;U.N. General Assembly;UNGA",
  "igo", None, "IGO", parent="org:un")
O("un-secretariat", "United Nations Secretariat", "UN Secretariat;UN Secretary-General's office", "igo", None, "IGO",
  parent="org:un")
O("unhcr", "United Nations High Commissioner for Refugees", "UNHCR;UN refugee agency;U.N. refugee agency;"
  "UN Refugee Agency;Office of the UN High Commissioner for Refugees", "igo", None, "IGO", parent="org:un",
  frm="1950-12-14")
O("ohchr", "Office of the United Nations High Commissioner for Human Rights", "OHCHR;UN human rights office;"
  "U.N. human rights office;UN Human Rights Office;UN High Commissioner for Human Rights", "igo", None, "IGO",
  parent="org:un", frm="1993-12-20")
O("unhrc", "United Nations Human Rights Council", "UN Human Rights Council;U.N. Human Rights Council;UNHRC;"
  "Human Rights Council", "igo", None, "IGO", parent="org:un", frm="2006-03-15")
O("who", "World Health Organization", "WHO;World Health Organisation;UN health agency", "igo", None, "IGO",
  parent="org:un", frm="1948-04-07")
O("wfp", "World Food Programme", "WFP;UN World Food Programme;World Food Program;UN food agency", "igo", None, "IGO",
  parent="org:un", frm="1961-12-19")
O("unicef", "United Nations Children's Fund", "UNICEF;UN children's agency;UN Children's Fund", "igo", None, "IGO",
  parent="org:un", frm="1946-12-11")
O("iaea", "International Atomic Energy Agency", "IAEA;UN nuclear watchdog;U.N. nuclear watchdog;nuclear watchdog",
  "igo", None, "IGO", frm="1957-07-29")
O("ocha", "United Nations Office for the Coordination of Humanitarian Affairs", "OCHA;UNOCHA;UN humanitarian office;"
  "UN Office for the Coordination of Humanitarian Affairs", "igo", None, "IGO", parent="org:un", frm="1991-12")
O("unrwa", "United Nations Relief and Works Agency for Palestine Refugees in the Near East", "UNRWA;"
  "UN Relief and Works Agency;UN agency for Palestinian refugees", "igo", None, "IGO", parent="org:un",
  frm="1949-12-08")
O("undp", "United Nations Development Programme", "UNDP", "igo", None, "IGO", parent="org:un", frm="1965")
O("unfpa", "United Nations Population Fund", "UNFPA", "igo", None, "IGO", parent="org:un", frm="1969")
O("fao", "Food and Agriculture Organization", "FAO;UN Food and Agriculture Organization", "igo", None, "IGO",
  parent="org:un", frm="1945-10-16")
O("unesco", "United Nations Educational, Scientific and Cultural Organization", "UNESCO", "igo", None, "IGO",
  parent="org:un", frm="1945-11-16")
O("iom", "International Organization for Migration", "IOM;UN migration agency", "igo", None, "IGO",
  frm="1951-12-05")
O("ipc", "Integrated Food Security Phase Classification", "IPC;IPC hunger monitor", "igo", None, "IGO",
  note="global hunger-monitoring partnership that declares famines")
O("unifil", "United Nations Interim Force in Lebanon", "UNIFIL;UN peacekeepers in Lebanon", "igo", None, "IGO",
  parent="org:un", frm="1978-03-19")
O("monusco", "United Nations Organization Stabilization Mission in the DR Congo", "MONUSCO;MONUC", "igo", None,
  "IGO", parent="org:un", frm="1999-11-30")
O("minusma", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "MINUSMA", "igo", None,
  "IGO", parent="org:un", frm="2013-04-25", to="2023-12-31")
O("unmiss", "United Nations Mission in South Sudan", "UNMISS", "igo", None, "IGO", parent="org:un", frm="2011-07-09")
O("minusca", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
  "MINUSCA", "igo", None, "IGO", parent="org:un", frm="2014-04-10")
O("unami", "United Nations Assistance Mission for Iraq", "UNAMI", "igo", None, "IGO", parent="org:un",
  frm="2003-08-14", to="2025-12-31")
O("unama", "United Nations Assistance Mission in Afghanistan", "UNAMA", "igo", None, "IGO", parent="org:un",
  frm="2002-03-28")
O("unsmil", "United Nations Support Mission in Libya", "UNSMIL", "igo", None, "IGO", parent="org:un",
  frm="2011-09-16")
O("undof", "United Nations Disengagement Observer Force", "UNDOF", "igo", None, "IGO", parent="org:un",
  frm="1974-05-31")
O("opcw", "Organisation for the Prohibition of Chemical Weapons", "OPCW;chemical weapons watchdog;"
  "Organization for the Prohibition of Chemical Weapons", "igo", None, "IGO", frm="1997-04-29")
O("icc", "International Criminal Court", "ICC;The Hague-based International Criminal Court", "igo", None, "JUD",
  frm="2002-07-01")
O("icj", "International Court of Justice", "ICJ;World Court;UN's top court", "igo", None, "JUD", parent="org:un",
  frm="1945-06-26")

# Regional and economic organisations
O("nato", "North Atlantic Treaty Organization", "NATO;North Atlantic Alliance;Atlantic Alliance;"
  "North Atlantic Treaty Organisation", "igo", None, "IGO", frm="1949-04-04")
O("eu", "European Union", "EU;E.U.;the EU", "igo", None, "IGO", frm="1993-11-01")
O("european-commission", "European Commission", "EU Commission;Commission of the European Union", "igo", None, "IGO",
  parent="org:eu")
O("european-council", "European Council", "EU summit;EU leaders", "igo", None, "IGO", parent="org:eu")
O("council-of-the-eu", "Council of the European Union", "EU Council;Council of Ministers of the EU", "igo", None,
  "IGO", parent="org:eu")
O("european-parliament", "European Parliament", "EU Parliament;MEPs", "igo", None, "LEG", parent="org:eu")
O("frontex", "Frontex", "European Border and Coast Guard Agency;EU border agency", "igo", None, "IGO",
  parent="org:eu", frm="2004-10-26")
O("african-union", "African Union", "AU;A.U.;African Union Commission", "igo", None, "IGO", frm="2002-07-09")
O("au-mission-somalia", "African Union mission in Somalia", "AMISOM;ATMIS;AUSSOM;African Union Transition Mission in Somalia;"
  "African Union Support and Stabilization Mission in Somalia;African Union peacekeepers in Somalia", "igo", None,
  "IGO", parent="org:african-union", frm="2007-01-19")
O("arab-league", "Arab League", "League of Arab States", "igo", None, "IGO", frm="1945-03-22")
O("gcc", "Gulf Cooperation Council", "GCC;Cooperation Council for the Arab States of the Gulf", "igo", None, "IGO",
  frm="1981-05-25")
O("opec", "Organization of the Petroleum Exporting Countries", "OPEC", "igo", None, "IGO", frm="1960-09-14")
O("osce", "Organization for Security and Co-operation in Europe", "OSCE;Organization for Security and Cooperation in Europe",
  "igo", None, "IGO", frm="1975")
O("council-of-europe", "Council of Europe", "CoE", "igo", None, "IGO", frm="1949-05-05")
O("echr", "European Court of Human Rights", "ECHR;ECtHR;Strasbourg court", "igo", None, "JUD",
  parent="org:council-of-europe", frm="1959")
O("asean", "Association of Southeast Asian Nations", "ASEAN", "igo", None, "IGO", frm="1967-08-08")
O("ecowas", "Economic Community of West African States", "ECOWAS;CEDEAO", "igo", None, "IGO", frm="1975-05-28")
O("aes", "Alliance of Sahel States", "AES;Alliance des États du Sahel;Confederation of Sahel States", "igo", None,
  "IGO", frm="2023-09-16", note="Mali, Burkina Faso and Niger")
O("igad", "Intergovernmental Authority on Development", "IGAD", "igo", None, "IGO", frm="1996")
O("eac", "East African Community", "EAC", "igo", None, "IGO", frm="2000-07-07")
O("sadc", "Southern African Development Community", "SADC", "igo", None, "IGO", frm="1992-08-17")
O("oic", "Organisation of Islamic Cooperation", "OIC;Organization of Islamic Cooperation;Organisation of the Islamic Conference",
  "igo", None, "IGO", frm="1969-09-25")
O("oas", "Organization of American States", "OAS", "igo", None, "IGO", frm="1948-04-30")
O("imf", "International Monetary Fund", "IMF", "igo", None, "IGO", frm="1945-12-27")
O("world-bank", "World Bank", "World Bank Group;IBRD", "igo", None, "IGO", frm="1944-07")
O("wto", "World Trade Organization", "WTO;World Trade Organisation", "igo", None, "IGO", frm="1995-01-01")
O("g7", "Group of Seven", "G7;G-7;Group of 7", "igo", None, "IGO", frm="1975")
O("g20", "Group of Twenty", "G20;G-20;Group of 20", "igo", None, "IGO", frm="1999-09-26")
O("sco", "Shanghai Cooperation Organisation", "SCO;Shanghai Cooperation Organization", "igo", None, "IGO",
  frm="2001-06-15")
O("brics", "BRICS", "BRICS group;BRICS bloc", "igo", None, "IGO", frm="2009-06-16")
O("csto", "Collective Security Treaty Organization", "CSTO", "igo", None, "IGO", frm="1992-05-15")
O("cis", "Commonwealth of Independent States", "CIS", "igo", None, "IGO", frm="1991-12-08")
O("interpol", "Interpol", "International Criminal Police Organization;INTERPOL", "igo", None, "COP", frm="1923-09-07")
O("quartet", "Quartet on the Middle East", "Middle East Quartet;the Quartet", "igo", None, "IGO", frm="2002")
O("e3", "E3", "E3 group;European trio;France, Britain and Germany", "igo", None, "IGO",
  note="France, Germany and the United Kingdom acting jointly on Iran")
O("p5-plus-1", "P5+1", "E3+3;P5+1 group;six world powers;world powers", "igo", None, "IGO", frm="2006",
  note="the five permanent Security Council members plus Germany (Iran nuclear talks)")
O("commonwealth", "Commonwealth of Nations", "the Commonwealth", "igo", None, "IGO", frm="1949-04-26")
O("icrc", "International Committee of the Red Cross", "ICRC;Red Cross;International Red Cross;CICR", "ngo", "CHE",
  "NGO", frm="1863-02-17")
O("ifrc", "International Federation of Red Cross and Red Crescent Societies", "IFRC", "ngo", "CHE", "NGO",
  frm="1919-05-05")
O("prcs", "Palestine Red Crescent Society", "Palestinian Red Crescent;PRCS;Palestine Red Crescent", "ngo", "PSE",
  "NGO", frm="1968")
O("sarc", "Syrian Arab Red Crescent", "SARC;Syrian Red Crescent", "ngo", "SYR", "NGO", frm="1942")
O("iranian-red-crescent", "Iranian Red Crescent Society", "Iranian Red Crescent;Red Crescent Society of Iran",
  "ngo", "IRN", "NGO")
O("turkish-red-crescent", "Turkish Red Crescent", "Kızılay;Kizilay", "ngo", "TUR", "NGO", frm="1868")
O("mda", "Magen David Adom", "MDA;Israel's emergency service", "ngo", "ISR", "NGO", frm="1930")

# Human rights and humanitarian NGOs, monitors
O("amnesty-international", "Amnesty International", "", "ngo", "GBR", "NGO", frm="1961-07")
O("human-rights-watch", "Human Rights Watch", "HRW", "ngo", "USA", "NGO", frm="1978")
O("msf", "Médecins Sans Frontières", "Doctors Without Borders;MSF;Medecins Sans Frontieres;Doctors without Borders",
  "ngo", "CHE", "NGO", frm="1971-12-22")
O("save-the-children", "Save the Children", "Save the Children International", "ngo", "GBR", "NGO", frm="1919")
O("oxfam", "Oxfam", "Oxfam International", "ngo", "GBR", "NGO", frm="1942")
O("norwegian-refugee-council", "Norwegian Refugee Council", "NRC", "ngo", "NOR", "NGO", frm="1946")
O("irc", "International Rescue Committee", "IRC", "ngo", "USA", "NGO", frm="1933")
O("care-international", "CARE International", "CARE", "ngo", "CHE", "NGO", frm="1945")
O("mercy-corps", "Mercy Corps", "", "ngo", "USA", "NGO", frm="1979")
O("world-central-kitchen", "World Central Kitchen", "WCK", "ngo", "USA", "NGO", frm="2010")
O("islamic-relief", "Islamic Relief", "Islamic Relief Worldwide", "ngo", "GBR", "NGO", frm="1984")
O("white-helmets", "Syria Civil Defence", "White Helmets;Syrian Civil Defence;Syria Civil Defense", "ngo", "SYR",
  "NGO", frm="2014-10")
O("hrana", "Human Rights Activists News Agency", "HRANA;Human Rights Activists in Iran", "ngo", "IRN", "NGO",
  frm="2005")
O("iran-human-rights", "Iran Human Rights", "IHRNGO;Oslo-based Iran Human Rights", "ngo", "NOR", "NGO",
  frm="2005")
O("hengaw", "Hengaw Organization for Human Rights", "Hengaw;Hengaw rights group", "ngo", "NOR", "NGO", frm="2016")
O("center-for-human-rights-in-iran", "Center for Human Rights in Iran", "CHRI", "ngo", "USA", "NGO", frm="2008")
O("sohr", "Syrian Observatory for Human Rights", "SOHR;Syrian Observatory;Britain-based Syrian Observatory for Human Rights;"
  "UK-based Syrian Observatory for Human Rights", "ngo", "GBR", "NGO", frm="2006-05")
O("snhr", "Syrian Network for Human Rights", "SNHR", "ngo", "SYR", "NGO", frm="2011-06")
O("acled", "Armed Conflict Location & Event Data", "ACLED;Armed Conflict Location and Event Data Project;"
  "Armed Conflict Location and Event Data", "ngo", "USA", "NGO", frm="2014")
O("airwars", "Airwars", "", "ngo", "GBR", "NGO", frm="2014")
O("iraq-body-count", "Iraq Body Count", "IBC", "ngo", "GBR", "NGO", frm="2003-01")
O("btselem", "B'Tselem", "B'Tselem rights group;Israeli Information Center for Human Rights in the Occupied Territories",
  "ngo", "ISR", "NGO", frm="1989-02")
O("peace-now", "Peace Now", "Shalom Achshav", "ngo", "ISR", "NGO", frm="1978")
O("al-haq", "Al-Haq", "", "ngo", "PSE", "NGO", frm="1979")
O("pchr", "Palestinian Centre for Human Rights", "PCHR", "ngo", "PSE", "NGO", frm="1995")
O("aapp", "Assistance Association for Political Prisoners", "AAPP;Assistance Association for Political Prisoners (Burma)",
  "ngo", "MMR", "NGO", frm="2000")
O("memorial", "Memorial Human Rights Centre", "Memorial International;Memorial human rights group", "ngo", "RUS", "NGO", frm="1989",
  note="liquidated by Russian courts in 2021-2022")
O("ovd-info", "OVD-Info", "OVD Info", "ngo", "RUS", "NGO", frm="2011-12")
O("viasna", "Viasna", "Viasna Human Rights Centre", "ngo", "BLR", "NGO", frm="1996")
O("cpj", "Committee to Protect Journalists", "CPJ", "ngo", "USA", "NGO", frm="1981")
O("rsf-reporters", "Reporters Without Borders", "Reporters sans frontières;Reporters sans frontieres;RWB", "ngo", "FRA",
  "NGO", frm="1985")
O("freedom-house", "Freedom House", "", "ngo", "USA", "NGO", frm="1941-10-31")
O("international-crisis-group", "International Crisis Group", "Crisis Group;ICG", "ngo", "BEL", "NGO", frm="1995")
O("transparency-international", "Transparency International", "", "ngo", "DEU", "NGO", frm="1993-05")
O("sipri", "Stockholm International Peace Research Institute", "SIPRI", "ngo", "SWE", "NGO", frm="1966-05-06")
O("isw", "Institute for the Study of War", "ISW", "ngo", "USA", "NGO", frm="2007")
O("gaza-health-ministry", "Gaza Health Ministry", "Gaza's health ministry;Hamas-run health ministry;"
  "health ministry in Gaza;Palestinian health ministry in Gaza;Gaza Ministry of Health", "government", "PSE", "GOV",
  parent="group:hamas")

# News media and agencies
O("reuters", "Reuters", "Thomson Reuters;Reuters news agency", "media", "GBR", "MED", frm="1851")
O("afp", "Agence France-Presse", "AFP;Agence France Presse", "media", "FRA", "MED", frm="1944")
O("ap", "Associated Press", "AP;The Associated Press", "media", "USA", "MED", frm="1846")
O("bbc", "BBC", "British Broadcasting Corporation;BBC News;BBC World Service;BBC Persian;BBC Arabic", "media", "GBR",
  "MED", frm="1922-10-18")
O("al-jazeera", "Al Jazeera", "Al-Jazeera;Aljazeera;Al Jazeera English;Al Jazeera Media Network", "media", "QAT", "MED",
  frm="1996-11-01")
O("al-arabiya", "Al Arabiya", "Al-Arabiya;Al Arabiya News", "media", "SAU", "MED", frm="2003-03-03")
O("cnn", "CNN", "Cable News Network", "media", "USA", "MED", frm="1980-06-01")
O("new-york-times", "The New York Times", "New York Times;NYT;NY Times", "media", "USA", "MED", frm="1851-09-18")
O("washington-post", "The Washington Post", "Washington Post", "media", "USA", "MED", frm="1877")
O("wall-street-journal", "The Wall Street Journal", "Wall Street Journal;WSJ", "media", "USA", "MED", frm="1889")
O("guardian", "The Guardian", "Guardian newspaper", "media", "GBR", "MED", frm="1821")
O("financial-times", "Financial Times", "FT", "media", "GBR", "MED", frm="1888")
O("bloomberg", "Bloomberg News", "Bloomberg", "media", "USA", "MED", frm="1990")
O("axios", "Axios", "", "media", "USA", "MED", frm="2017")
O("fox-news", "Fox News", "Fox News Channel", "media", "USA", "MED", frm="1996-10-07")
O("dpa", "Deutsche Presse-Agentur", "dpa;DPA", "media", "DEU", "MED", frm="1949")
O("deutsche-welle", "Deutsche Welle", "DW", "media", "DEU", "MED", frm="1953")
O("france-24", "France 24", "France24", "media", "FRA", "MED", frm="2006-12-06")
O("anadolu", "Anadolu Agency", "Anadolu", "media", "TUR", "MED", frm="1920-04-06")
O("trt", "TRT", "Turkish Radio and Television Corporation;TRT World", "media", "TUR", "MED", frm="1964")
O("irna", "Islamic Republic News Agency", "IRNA", "media", "IRN", "MED", frm="1934")
O("tasnim", "Tasnim News Agency", "Tasnim;Tasnim news agency", "media", "IRN", "MED", frm="2012",
  note="close to the IRGC")
O("fars", "Fars News Agency", "Fars news agency", "media", "IRN", "MED", frm="2003", note="close to the IRGC")
O("isna", "Iranian Students' News Agency", "ISNA", "media", "IRN", "MED", frm="1999-12")
O("mehr", "Mehr News Agency", "Mehr;Mehr news agency", "media", "IRN", "MED", frm="2003")
O("press-tv", "Press TV", "PressTV", "media", "IRN", "MED", frm="2007-07-02")
O("irib", "Islamic Republic of Iran Broadcasting", "IRIB;Iranian state TV;Iranian state television", "media", "IRN",
  "MED", frm="1979")
O("iran-international", "Iran International", "", "media", "GBR", "MED", frm="2017-05")
O("sana", "Syrian Arab News Agency", "SANA;Syrian state news agency", "media", "SYR", "MED", frm="1965-06-24")
O("al-manar", "Al-Manar", "Al Manar;al-Manar TV", "media", "LBN", "MED", parent="group:hezbollah", frm="1991")
O("al-mayadeen", "Al Mayadeen", "al-Mayadeen", "media", "LBN", "MED", frm="2012-06-11")
O("al-masirah", "Al-Masirah", "Al Masirah;al-Masirah TV", "media", "YEM", "MED", parent="group:houthis", frm="2012")
O("saba", "Saba News Agency", "SABA", "media", "YEM", "MED", frm="1990")
O("spa", "Saudi Press Agency", "SPA;Saudi state news agency", "media", "SAU", "MED", frm="1971")
O("wam", "Emirates News Agency", "WAM", "media", "ARE", "MED", frm="1976-11-18")
O("qna", "Qatar News Agency", "QNA", "media", "QAT", "MED", frm="1975")
O("mena-agency", "Middle East News Agency", "Egypt's state news agency", "media", "EGY", "MED", frm="1955-12-15")
O("ina-iraq", "Iraqi News Agency", "INA", "media", "IRQ", "MED", frm="1959")
O("rudaw", "Rudaw", "Rudaw Media Network", "media", "IRQ", "MED", frm="2008")
O("kurdistan-24", "Kurdistan 24", "K24", "media", "IRQ", "MED", frm="2015")
O("wafa", "WAFA", "Palestinian News and Info Agency;Wafa news agency", "media", "PSE", "MED", frm="1972")
O("times-of-israel", "The Times of Israel", "Times of Israel", "media", "ISR", "MED", frm="2012-02")
O("haaretz", "Haaretz", "", "media", "ISR", "MED", frm="1918")
O("jerusalem-post", "The Jerusalem Post", "Jerusalem Post", "media", "ISR", "MED", frm="1932-12-01")
O("ynet", "Ynet", "Ynetnews;Yedioth Ahronoth", "media", "ISR", "MED", frm="2000")
O("kan", "Kan", "Kan public broadcaster;Israeli Public Broadcasting Corporation", "media", "ISR", "MED", frm="2017-05-15")
O("rt", "RT", "Russia Today;RT Arabic", "media", "RUS", "MED", frm="2005-12-10")
O("tass", "TASS", "Russian News Agency TASS;ITAR-TASS", "media", "RUS", "MED", frm="1904")
O("ria-novosti", "RIA Novosti", "RIA", "media", "RUS", "MED", frm="1941")
O("interfax", "Interfax", "", "media", "RUS", "MED", frm="1989")
O("sputnik", "Sputnik", "Sputnik News", "media", "RUS", "MED", frm="2014-11-10")
O("ukrinform", "Ukrinform", "", "media", "UKR", "MED", frm="1918")
O("kyiv-independent", "The Kyiv Independent", "Kyiv Independent", "media", "UKR", "MED", frm="2021-11")
O("xinhua", "Xinhua News Agency", "Xinhua", "media", "CHN", "MED", frm="1931-11-07")
O("cgtn", "CGTN", "China Global Television Network", "media", "CHN", "MED", frm="2016-12-31")
O("global-times", "Global Times", "", "media", "CHN", "MED", frm="1993")
O("kcna", "Korean Central News Agency", "KCNA", "media", "PRK", "MED", frm="1946-12-05")
O("yonhap", "Yonhap News Agency", "Yonhap", "media", "KOR", "MED", frm="1980-12-19")
O("kyodo", "Kyodo News", "Kyodo", "media", "JPN", "MED", frm="1945-11-01")
O("pti-news", "Press Trust of India", "Press Trust of India (PTI)", "media", "IND", "MED", frm="1947-08-27")
O("dawn", "Dawn (Pakistan)", "Dawn newspaper", "media", "PAK", "MED", frm="1941-10-26")
O("tolo-news", "TOLOnews", "Tolo News", "media", "AFG", "MED", frm="2010")
O("efe", "Agencia EFE", "EFE", "media", "ESP", "MED", frm="1939-01")
O("ansa", "ANSA", "Agenzia Nazionale Stampa Associata", "media", "ITA", "MED", frm="1945-01-15")
O("irrawaddy", "The Irrawaddy", "Irrawaddy", "media", "MMR", "MED", frm="1993")
O("rfa", "Radio Free Asia", "RFA", "media", "USA", "MED", frm="1996")
O("rferl", "Radio Free Europe/Radio Liberty", "RFE/RL;Radio Free Europe;Radio Liberty;Radio Farda", "media", "USA", "MED",
  frm="1949")
O("voa", "Voice of America", "VOA", "media", "USA", "MED", frm="1942-02-01")
O("sudan-tribune", "Sudan Tribune", "", "media", "SDN", "MED", frm="2003")
O("addis-standard", "Addis Standard", "", "media", "ETH", "MED", frm="2011")
O("premium-times", "Premium Times", "", "media", "NGA", "MED", frm="2011")
