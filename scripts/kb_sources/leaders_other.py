"""Other leaders prominent in conflict news: wartime heads of state, commanders, militant leaders, IGO heads."""

from _dsl import L

# Ukraine and the Russian-occupied territories
L("Leonid Kuchma", "Kuchma", "UKR", "GOV", "UKR.GOV|President|hos|1994-07-19|2005-01-23")
L("Viktor Yushchenko", "Yushchenko", "UKR", "GOV", "UKR.GOV|President|hos|2005-01-23|2010-02-25")
L("Viktor Yanukovych", "Yanukovych;Viktor Yanukovich", "UKR", "GOV",
  "UKR.GOV|Prime Minister|hog|2002-11-21|2005-01-05", "UKR.GOV|Prime Minister|hog|2006-08-04|2007-12-18",
  "UKR.GOV|President|hos|2010-02-25|2014-02-22")
L("Oleksandr Turchynov", "Turchynov", "UKR", "GOV", "UKR.GOV|Acting President|hos|2014-02-23|2014-06-07")
L("Petro Poroshenko", "Poroshenko", "UKR", "GOV", "UKR.GOV|President|hos|2014-06-07|2019-05-20")
L("Volodymyr Zelensky", "Zelensky;Zelenskyy;Volodymyr Zelenskyy;Zelenskiy;Volodymyr Zelenskiy;Zelenski",
  "UKR", "GOV", "UKR.GOV|President|hos|2019-05-20|")
L("Yulia Tymoshenko", "Tymoshenko", "UKR", "GOV", "UKR.GOV|Prime Minister|hog|2005-01-24|2005-09-08",
  "UKR.GOV|Prime Minister|hog|2007-12-18|2010-03-04")
L("Arseniy Yatsenyuk", "Yatsenyuk", "UKR", "GOV", "UKR.GOV|Prime Minister|hog|2014-02-27|2016-04-14")
L("Volodymyr Groysman", "Groysman", "UKR", "GOV", "UKR.GOV|Prime Minister|hog|2016-04-14|2019-08-29")
L("Oleksiy Honcharuk", "Honcharuk", "UKR", "GOV", "UKR.GOV|Prime Minister|hog|2019-08-29|2020-03-04")
L("Denys Shmyhal", "Shmyhal", "UKR", "GOV", "UKR.GOV|Prime Minister|hog|2020-03-04|2025-07-17",
  "UKR.GOV|Defence Minister|min|2025-07-17|")
L("Yulia Svyrydenko", "Svyrydenko", "UKR", "GOV", "UKR.GOV|Prime Minister|hog|2025-07-17|")
L("Dmytro Kuleba", "Kuleba", "UKR", "GOV", "UKR.GOV|Foreign Minister|min|2020-03-04|2024-09-05")
L("Andrii Sybiha", "Andriy Sybiha;Sybiha", "UKR", "GOV", "UKR.GOV|Foreign Minister|min|2024-09-05|")
L("Oleksii Reznikov", "Oleksiy Reznikov;Reznikov", "UKR", "GOV", "UKR.GOV|Defence Minister|min|2021-11-04|2023-09-05")
L("Rustem Umerov", "Umerov", "UKR", "GOV", "UKR.GOV|Defence Minister|min|2023-09-06|2025-07-17")
L("Andriy Yermak", "Andrii Yermak;Yermak", "UKR", "GOV",
  "UKR.GOV|Head of the Presidential Office|min|2020-02-11|2025-11")
L("Valerii Zaluzhnyi", "Valery Zaluzhny;Zaluzhnyi;Zaluzhny;Valeriy Zaluzhnyi", "UKR", "MIL",
  "UKR.MIL|Commander-in-Chief|cmd|2021-07-27|2024-02-08")
L("Oleksandr Syrskyi", "Oleksandr Syrsky;Syrskyi;Syrsky", "UKR", "MIL", "UKR.MIL|Commander-in-Chief|cmd|2024-02-08|")
L("Kyrylo Budanov", "Budanov;Kyrylo Budanov", "UKR", "MIL", "UKR.GOV|Head of Military Intelligence (HUR)|chief|2020-08-05|")
L("Alexander Zakharchenko", "Zakharchenko;Oleksandr Zakharchenko", "UKR", "REB",
  "group:dpr|Head|ldr|2014-08-07|2018-08-31")
L("Denis Pushilin", "Pushilin", "UKR", "REB", "group:dpr|Head|ldr|2018-09-07|")
L("Igor Plotnitsky", "Plotnitsky", "UKR", "REB", "group:lpr|Head|ldr|2014-08-14|2017-11-24")
L("Leonid Pasechnik", "Pasechnik", "UKR", "REB", "group:lpr|Head|ldr|2017-11-24|")
L("Igor Girkin", "Igor Strelkov;Strelkov;Girkin", "RUS", "REB", "group:dpr|Defence commander|cmd|2014-05|2014-08")
L("Alexander Lukashenko", "Lukashenko;Aleksandr Lukashenko;Alyaksandr Lukashenka;Lukashenka", "BLR", "GOV",
  "BLR.GOV|President|hos|1994-07-20|")
L("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya;Tsikhanouskaya;Tikhanovskaya", "BLR", "OPP")

# Caucasus, Balkans, Central and East Asia
L("Ilham Aliyev", "Aliyev", "AZE", "GOV", "AZE.GOV|President|hos|2003-10-31|")
L("Nikol Pashinyan", "Pashinyan", "ARM", "GOV", "ARM.GOV|Prime Minister|hog|2018-05-08|")
L("Mikheil Saakashvili", "Saakashvili", "GEO", "GOV", "GEO.GOV|President|hos|2004-01-25|2013-11-17")
L("Aleksandar Vučić", "Aleksandar Vucic;Vucic;Vučić", "SRB", "GOV", "SRB.GOV|Prime Minister|hog|2014-04-27|2017-05-31",
  "SRB.GOV|President|hos|2017-05-31|")
L("Viktor Orbán", "Viktor Orban;Orban;Orbán", "HUN", "GOV", "HUN.GOV|Prime Minister|hog|1998-07-06|2002-05-27",
  "HUN.GOV|Prime Minister|hog|2010-05-29|")
L("Andrzej Duda", "Duda", "POL", "GOV", "POL.GOV|President|hos|2015-08-06|2025-08-06")
L("Karol Nawrocki", "Nawrocki", "POL", "GOV", "POL.GOV|President|hos|2025-08-06|")
L("Kim Jong Il", "Kim Jong-il", "PRK", "GOV", "PRK.GOV|Supreme Leader|sl|1994-07-08|2011-12-17")
L("Kim Jong Un", "Kim Jong-un;Kim Jong-Un", "PRK", "GOV", "PRK.GOV|Supreme Leader|sl|2011-12-17|")
L("Pervez Musharraf", "Musharraf", "PAK", "MIL", "PAK.GOV|Chief Executive|hog|1999-10-12|2002-11-23",
  "PAK.GOV|President|hos|2001-06-20|2008-08-18", "PAK.MIL|Chief of Army Staff|cmd|1998-10-07|2007-11-28")
L("Asif Ali Zardari", "Zardari", "PAK", "GOV", "PAK.GOV|President|hos|2008-09-09|2013-09-09",
  "PAK.GOV|President|hos|2024-03-10|")
L("Mamnoon Hussain", "", "PAK", "GOV", "PAK.GOV|President|hos|2013-09-09|2018-09-09")
L("Arif Alvi", "Alvi", "PAK", "GOV", "PAK.GOV|President|hos|2018-09-09|2024-03-10")
L("Shaukat Aziz", "", "PAK", "GOV", "PAK.GOV|Prime Minister|hog|2004-08-28|2007-11-16")
L("Yousaf Raza Gillani", "Yousuf Raza Gilani;Gilani", "PAK", "GOV", "PAK.GOV|Prime Minister|hog|2008-03-25|2012-06-19")
L("Nawaz Sharif", "", "PAK", "GOV", "PAK.GOV|Prime Minister|hog|2013-06-05|2017-07-28")
L("Imran Khan", "", "PAK", "GOV", "PAK.GOV|Prime Minister|hog|2018-08-18|2022-04-10",
  "group:pti|Chairman|ldr|1996-04-25|")
L("Shehbaz Sharif", "Shahbaz Sharif", "PAK", "GOV", "PAK.GOV|Prime Minister|hog|2022-04-11|2023-08-14",
  "PAK.GOV|Prime Minister|hog|2024-03-04|")
L("Benazir Bhutto", "", "PAK", "PTY", "group:ppp|Chairperson|ldr|1982|2007-12-27", note="assassinated 2007-12-27")
L("Ashfaq Parvez Kayani", "Kayani", "PAK", "MIL", "PAK.MIL|Chief of Army Staff|cmd|2007-11-28|2013-11-29")
L("Raheel Sharif", "", "PAK", "MIL", "PAK.MIL|Chief of Army Staff|cmd|2013-11-29|2016-11-29")
L("Qamar Javed Bajwa", "Bajwa", "PAK", "MIL", "PAK.MIL|Chief of Army Staff|cmd|2016-11-29|2022-11-29")
L("Asim Munir", "Field Marshal Asim Munir", "PAK", "MIL", "PAK.MIL|Chief of Army Staff|cmd|2022-11-29|")
L("Sheikh Hasina", "Hasina;Sheikh Hasina Wazed", "BGD", "GOV", "BGD.GOV|Prime Minister|hog|2009-01-06|2024-08-05")
L("Muhammad Yunus", "Yunus", "BGD", "GOV", "BGD.GOV|Chief Adviser|hog|2024-08-08|")

# Afghanistan
L("Burhanuddin Rabbani", "Rabbani", "AFG", "GOV", "AFG.GOV|President|hos|1992-06-28|2001-12-22",
  note="assassinated 2011-09-20")
L("Hamid Karzai", "Karzai", "AFG", "GOV", "AFG.GOV|Chairman of the Interim Administration|hos|2001-12-22|2004-12-07",
  "AFG.GOV|President|hos|2004-12-07|2014-09-29")
L("Ashraf Ghani", "Ghani;Mohammad Ashraf Ghani;Ashraf Ghani Ahmadzai", "AFG", "GOV",
  "AFG.GOV|President|hos|2014-09-29|2021-08-15")
L("Abdullah Abdullah", "", "AFG", "GOV", "AFG.GOV|Chief Executive|hog|2014-09-29|2020-03")
L("Amrullah Saleh", "", "AFG", "OPP", "AFG.GOV|First Vice President|vp|2020-02-19|2021-08-15")
L("Mullah Mohammad Omar", "Mullah Omar;Mohammed Omar", "AFG", "REB", "group:taliban|Supreme Leader|ldr|1994|2013-04",
  "AFG.GOV|Emir|hos|1996-09-27|2001-11-13")
L("Akhtar Mansour", "Mullah Akhtar Mansour;Akhtar Mohammad Mansour", "AFG", "REB",
  "group:taliban|Supreme Leader|ldr|2015-07-29|2016-05-21")
L("Hibatullah Akhundzada", "Haibatullah Akhundzada;Akhundzada;Mawlawi Hibatullah;Hebatullah Akhundzada;"
  "Hibatullah Akhunzada", "AFG", "REB",
  "group:taliban|Supreme Leader|ldr|2016-05-25|", "AFG.GOV|Supreme Leader|sl|2021-08-15|",
  "AFG.GOV|Supreme Leader|hos|2021-08-15|")
L("Mohammad Hasan Akhund", "Hasan Akhund;Mullah Hasan Akhund", "AFG", "GOV",
  "AFG.GOV|Prime Minister|hog|2021-09-07|")
L("Abdul Ghani Baradar", "Mullah Baradar;Baradar", "AFG", "GOV", "AFG.GOV|Deputy Prime Minister|min|2021-09-07|")
L("Sirajuddin Haqqani", "Siraj Haqqani", "AFG", "REB", "group:haqqani-network|Leader|ldr|2018|",
  "AFG.GOV|Interior Minister|min|2021-09-07|")
L("Jalaluddin Haqqani", "", "AFG", "REB", "group:haqqani-network|Founder|ldr||2018-09")
L("Ahmad Shah Massoud", "", "AFG", "MIL", "group:northern-alliance|Commander|cmd|1996|2001-09-09")
L("Ahmad Massoud", "", "AFG", "REB", "group:nrf|Leader|ldr|2021-08|")
L("Gulbuddin Hekmatyar", "Hekmatyar", "AFG", "PTY", "group:hezb-e-islami|Leader|ldr|1976|")
L("Noor Wali Mehsud", "Mufti Noor Wali Mehsud", "PAK", "REB", "group:ttp|Emir|ldr|2018-06|")
L("Hakimullah Mehsud", "", "PAK", "REB", "group:ttp|Emir|ldr|2009-08|2013-11-01")
L("Baitullah Mehsud", "", "PAK", "REB", "group:ttp|Emir|ldr|2007-12|2009-08-05")

# Global jihadist leaders
L("Osama bin Laden", "Usama bin Laden;bin Laden;Osama bin Ladin;Usama bin Ladin", "SAU", "REB",
  "group:al-qaeda|Emir|ldr|1988|2011-05-02", note="killed by US forces in Abbottabad 2011-05-02")
L("Ayman al-Zawahiri", "Zawahiri;Ayman al-Zawahri", "EGY", "REB", "group:al-qaeda|Emir|ldr|2011-06-16|2022-07-31")
L("Saif al-Adel", "Saif al-Adl", "EGY", "REB", "group:al-qaeda|De facto leader|ldr|2022|")
L("Abu Musab al-Zarqawi", "Zarqawi;al-Zarqawi", "JOR", "REB", "group:aqi|Emir|ldr|2004-10|2006-06-07")
L("Abu Omar al-Baghdadi", "", "IRQ", "REB", "group:isis|Emir of the Islamic State of Iraq|ldr|2006-10-15|2010-04-18")
L("Abu Bakr al-Baghdadi", "al-Baghdadi;Baghdadi;Abu Bakr Baghdadi;Ibrahim Awad Ibrahim al-Badri", "IRQ", "REB",
  "group:isis|Caliph|ldr|2010-05-16|2019-10-27", note="killed in a US raid in Idlib 2019-10-27")
L("Abu Ibrahim al-Hashimi al-Qurashi", "Abu Ibrahim al-Hashemi al-Qurashi", "IRQ", "REB",
  "group:isis|Caliph|ldr|2019-10-31|2022-02-03")
L("Abu al-Hasan al-Hashimi al-Qurashi", "", "IRQ", "REB", "group:isis|Caliph|ldr|2022-03-10|2022-10-15")
L("Abu al-Husayn al-Husayni al-Qurashi", "Abu al-Hussein al-Husseini al-Qurashi", "SYR", "REB",
  "group:isis|Caliph|ldr|2022-11-30|2023-04")
L("Abu Hafs al-Hashimi al-Qurashi", "", None, "REB", "group:isis|Caliph|ldr|2023-08-03|")
L("Abu Mohammad al-Adnani", "al-Adnani", "SYR", "REB", "group:isis|Spokesman|ldr|2014|2016-08-30")
L("Nasir al-Wuhayshi", "Nasser al-Wuhayshi", "YEM", "REB", "group:aqap|Emir|ldr|2009-01|2015-06-12")
L("Qasim al-Raymi", "Qassim al-Rimi", "YEM", "REB", "group:aqap|Emir|ldr|2015-06|2020-01")
L("Khalid Batarfi", "", "YEM", "REB", "group:aqap|Emir|ldr|2020-02|2024-03")
L("Sa'ad bin Atef al-Awlaki", "Saad al-Awlaki", "YEM", "REB", "group:aqap|Emir|ldr|2024-03|")
L("Anwar al-Awlaki", "Awlaki", "YEM", "REB", "group:aqap|Propagandist|ldr|2009|2011-09-30")

# Myanmar
L("Than Shwe", "Senior General Than Shwe", "MMR", "MIL",
  "MMR.GOV|Chairman of the State Peace and Development Council|hos|1992-04-23|2011-03-30")
L("Thein Sein", "", "MMR", "GOV", "MMR.GOV|Prime Minister|hog|2007-10-24|2011-03-30",
  "MMR.GOV|President|hos|2011-03-30|2016-03-30")
L("Htin Kyaw", "", "MMR", "GOV", "MMR.GOV|President|hos|2016-03-30|2018-03-21")
L("Win Myint", "", "MMR", "GOV", "MMR.GOV|President|hos|2018-03-30|2021-02-01")
L("Myint Swe", "", "MMR", "MIL", "MMR.GOV|Acting President|hos|2021-02-01|2024-07-22")
L("Aung San Suu Kyi", "Suu Kyi;Daw Aung San Suu Kyi;Aung San Su Kyi", "MMR", "GOV",
  "MMR.GOV|State Counsellor|hog|2016-04-06|2021-02-01", "group:nld|Chairperson|ldr|2011|")
L("Min Aung Hlaing", "Senior General Min Aung Hlaing", "MMR", "MIL",
  "MMR.MIL|Commander-in-Chief|cmd|2011-03-30|", "MMR.GOV|Chairman of the State Administration Council|hos|2021-02-02|2025-07-31",
  "MMR.GOV|Prime Minister|hog|2021-08-01|2025-07-31", "MMR.GOV|Acting President|hos|2024-07-22|")
L("Duwa Lashi La", "", "MMR", "OPP", "group:nug|Acting President|ldr|2021-04-16|")
L("Mahn Win Khaing Than", "", "MMR", "OPP", "group:nug|Prime Minister|ldr|2021-04-16|")
L("Twan Mrat Naing", "Tun Myat Naing", "MMR", "REB", "group:arakan-army|Commander-in-Chief|cmd|2009-04|")
L("N'Ban La", "", "MMR", "REB", "group:kio|Chairman|ldr|2018|")

# Horn of Africa and East Africa
L("Meles Zenawi", "Meles", "ETH", "GOV", "ETH.GOV|Prime Minister|hog|1995-08-23|2012-08-20",
  "group:tplf|Chairman|ldr|1989|2012-08-20")
L("Hailemariam Desalegn", "Hailemariam", "ETH", "GOV", "ETH.GOV|Prime Minister|hog|2012-08-20|2018-04-02")
L("Abiy Ahmed", "Abiy;Abiy Ahmed Ali", "ETH", "GOV", "ETH.GOV|Prime Minister|hog|2018-04-02|",
  "group:prosperity-party|President|ldr|2019-12-01|")
L("Sahle-Work Zewde", "Sahle-Work", "ETH", "GOV", "ETH.GOV|President|hos|2018-10-25|2024-10-07")
L("Taye Atske Selassie", "Taye Atske-Selassie", "ETH", "GOV", "ETH.GOV|President|hos|2024-10-07|")
L("Debretsion Gebremichael", "Debretsion", "ETH", "PTY", "group:tplf|Chairman|ldr|2019|")
L("Getachew Reda", "", "ETH", "GOV", "group:tplf|Spokesman|ldr|2020|2023",
  "ETH.GOV|President of the Tigray Interim Administration|ldr|2023-03-23|2025-04-08")
L("Tadesse Werede", "", "ETH", "GOV", "ETH.GOV|President of the Tigray Interim Administration|ldr|2025-04-08|")
L("Jawar Mohammed", "Jawar", "ETH", "OPP")
L("Isaias Afwerki", "Isaias;Isaias Afewerki", "ERI", "GOV", "ERI.GOV|President|hos|1993-05-24|")
L("Hassan Sheikh Mohamud", "", "SOM", "GOV", "SOM.GOV|President|hos|2012-09-16|2017-02-16",
  "SOM.GOV|President|hos|2022-05-23|")
L("Mohamed Abdullahi Mohamed", "Farmaajo;Farmajo;Mohamed Abdullahi Farmaajo", "SOM", "GOV",
  "SOM.GOV|President|hos|2017-02-16|2022-05-23")
L("Ahmed Abdi Godane", "Godane;Mukhtar Abu Zubeyr", "SOM", "REB", "group:al-shabaab|Emir|ldr|2008|2014-09-01")
L("Ahmed Diriye", "Ahmad Umar;Abu Ubaidah;Ahmed Umar Abu Ubaidah", "SOM", "REB", "group:al-shabaab|Emir|ldr|2014-09|")
L("Salva Kiir", "Salva Kiir Mayardit;Kiir", "SSD", "GOV", "SSD.GOV|President|hos|2011-07-09|")
L("Riek Machar", "Machar", "SSD", "REB", "group:splm-io|Chairman|ldr|2013-12|",
  "SSD.GOV|First Vice President|vp|2020-02-22|")
L("Yoweri Museveni", "Museveni", "UGA", "GOV", "UGA.GOV|President|hos|1986-01-29|")
L("Joseph Kony", "Kony", "UGA", "REB", "group:lra|Leader|ldr|1987|")
L("William Ruto", "Ruto", "KEN", "GOV", "KEN.GOV|President|hos|2022-09-13|")
L("Paul Kagame", "Kagame", "RWA", "GOV", "RWA.GOV|President|hos|2000-04-22|")
L("Laurent-Désiré Kabila", "Laurent Kabila;Laurent-Desire Kabila", "COD", "GOV", "COD.GOV|President|hos|1997-05-17|2001-01-16")
L("Joseph Kabila", "Kabila", "COD", "GOV", "COD.GOV|President|hos|2001-01-26|2019-01-24")
L("Félix Tshisekedi", "Felix Tshisekedi;Tshisekedi", "COD", "GOV", "COD.GOV|President|hos|2019-01-24|")
L("Sultani Makenga", "Makenga", "COD", "REB", "group:m23|Military commander|cmd|2013|")
L("Corneille Nangaa", "Nangaa", "COD", "REB", "group:afc|Leader|ldr|2023-12|")

# Sahel, West and Central Africa
L("Olusegun Obasanjo", "Obasanjo", "NGA", "GOV", "NGA.GOV|President|hos|1999-05-29|2007-05-29")
L("Umaru Musa Yar'Adua", "Yar'Adua;Umaru Yar'Adua", "NGA", "GOV", "NGA.GOV|President|hos|2007-05-29|2010-05-05")
L("Goodluck Jonathan", "", "NGA", "GOV", "NGA.GOV|President|hos|2010-05-06|2015-05-29")
L("Muhammadu Buhari", "Buhari", "NGA", "GOV", "NGA.GOV|President|hos|2015-05-29|2023-05-29")
L("Bola Tinubu", "Tinubu;Bola Ahmed Tinubu", "NGA", "GOV", "NGA.GOV|President|hos|2023-05-29|")
L("Mohammed Yusuf", "Muhammad Yusuf", "NGA", "REB", "group:boko-haram|Founder|ldr|2002|2009-07-30")
L("Abubakar Shekau", "Shekau;Abubakar Shekau", "NGA", "REB", "group:boko-haram|Leader|ldr|2009-07|2021-05-19")
L("Abu Musab al-Barnawi", "al-Barnawi", "NGA", "REB", "group:iswap|Wali|ldr|2016-08|2021-08")
L("Iyad Ag Ghaly", "Iyad ag Ghali;Ag Ghaly", "MLI", "REB", "group:ansar-dine|Founder|ldr|2011-12|2017-03-02",
  "group:jnim|Emir|ldr|2017-03-02|")
L("Amadou Koufa", "Amadou Kouffa", "MLI", "REB", "group:katiba-macina|Leader|ldr|2015-01|")
L("Adnan Abu Walid al-Sahrawi", "Abu Walid al-Sahrawi;al-Sahrawi", "ESH", "REB",
  "group:is-sahel|Emir|ldr|2015-05|2021-08", slug="adnan-abu-walid-al-sahrawi")
L("Mokhtar Belmokhtar", "Belmokhtar", "DZA", "REB", "group:al-mourabitoun|Leader|ldr|2013-08|")
L("Ibrahim Boubacar Keïta", "Ibrahim Boubacar Keita;IBK", "MLI", "GOV", "MLI.GOV|President|hos|2013-09-04|2020-08-18")
L("Bah Ndaw", "", "MLI", "GOV", "MLI.GOV|Transitional President|hos|2020-09-25|2021-05-24")
L("Assimi Goïta", "Assimi Goita;Goita;Goïta;Colonel Assimi Goita;General Assimi Goita", "MLI", "MIL",
  "MLI.GOV|Chairman of the National Committee for the Salvation of the People|hos|2020-08-19|2020-09-25",
  "MLI.GOV|Vice President|vp|2020-09-25|2021-05-24", "MLI.GOV|Transitional President|hos|2021-05-24|")
L("Roch Marc Christian Kaboré", "Roch Kabore;Kaboré;Kabore", "BFA", "GOV", "BFA.GOV|President|hos|2015-12-29|2022-01-24")
L("Paul-Henri Sandaogo Damiba", "Damiba", "BFA", "MIL", "BFA.GOV|Transitional President|hos|2022-01-24|2022-09-30")
L("Ibrahim Traoré", "Ibrahim Traore;Captain Ibrahim Traore", "BFA", "MIL",
  "BFA.GOV|Transitional President|hos|2022-09-30|")
L("Mahamadou Issoufou", "Issoufou", "NER", "GOV", "NER.GOV|President|hos|2011-04-07|2021-04-02")
L("Mohamed Bazoum", "Bazoum", "NER", "GOV", "NER.GOV|President|hos|2021-04-02|2023-07-26")
L("Abdourahamane Tchiani", "Tchiani;Abdourahmane Tiani;Omar Tchiani;General Tchiani", "NER", "MIL",
  "NER.GOV|President of the National Council for the Safeguard of the Homeland|hos|2023-07-26|")
L("Idriss Déby", "Idriss Deby;Idriss Déby Itno", "TCD", "GOV", "TCD.GOV|President|hos|1990-12-02|2021-04-20")
L("Mahamat Idriss Déby", "Mahamat Deby;Mahamat Idriss Deby;Mahamat Déby", "TCD", "GOV",
  "TCD.GOV|President|hos|2021-04-20|")
L("Faustin-Archange Touadéra", "Touadera;Faustin-Archange Touadera", "CAF", "GOV", "CAF.GOV|President|hos|2016-03-30|")

# Latin America
L("Ricardo Lagos", "", "CHL", "GOV", "CHL.GOV|President|hos|2000-03-11|2006-03-11")
L("Michelle Bachelet", "Bachelet", "CHL", "GOV", "CHL.GOV|President|hos|2006-03-11|2010-03-11",
  "CHL.GOV|President|hos|2014-03-11|2018-03-11", "org:ohchr|High Commissioner for Human Rights|pres|2018-09-01|2022-08-31")
L("Sebastián Piñera", "Sebastian Pinera;Piñera;Pinera;Sebastián Pinera;Sebastian Piñera", "CHL", "GOV",
  "CHL.GOV|President|hos|2010-03-11|2014-03-11", "CHL.GOV|President|hos|2018-03-11|2022-03-11")
L("Gabriel Boric", "Boric", "CHL", "GOV", "CHL.GOV|President|hos|2022-03-11|")
L("Álvaro Uribe", "Alvaro Uribe;Uribe", "COL", "GOV", "COL.GOV|President|hos|2002-08-07|2010-08-07")
L("Juan Manuel Santos", "", "COL", "GOV", "COL.GOV|President|hos|2010-08-07|2018-08-07")
L("Iván Duque", "Ivan Duque;Duque", "COL", "GOV", "COL.GOV|President|hos|2018-08-07|2022-08-07")
L("Gustavo Petro", "Petro", "COL", "GOV", "COL.GOV|President|hos|2022-08-07|")
L("Rodrigo Londoño", "Timochenko;Timoleón Jiménez;Rodrigo Londono", "COL", "REB", "group:farc|Commander|cmd|2011-11|2017")
L("Hugo Chávez", "Hugo Chavez;Chávez;Chavez", "VEN", "GOV", "VEN.GOV|President|hos|1999-02-02|2013-03-05")
L("Nicolás Maduro", "Nicolas Maduro;Maduro", "VEN", "GOV", "VEN.GOV|President|hos|2013-03-05|")
L("Juan Guaidó", "Juan Guaido;Guaidó;Guaido", "VEN", "OPP")
L("María Corina Machado", "Maria Corina Machado", "VEN", "OPP")
L("Fidel Castro", "", "CUB", "GOV", "CUB.GOV|President|hos|1976-12-02|2008-02-24")
L("Raúl Castro", "Raul Castro", "CUB", "GOV", "CUB.GOV|President|hos|2008-02-24|2018-04-19")
L("Miguel Díaz-Canel", "Miguel Diaz-Canel;Díaz-Canel;Diaz-Canel", "CUB", "GOV", "CUB.GOV|President|hos|2018-04-19|")
L("Daniel Ortega", "Ortega", "NIC", "GOV", "NIC.GOV|President|hos|2007-01-10|")
L("Evo Morales", "", "BOL", "GOV", "BOL.GOV|President|hos|2006-01-22|2019-11-10")
L("Nayib Bukele", "Bukele", "SLV", "GOV", "SLV.GOV|President|hos|2019-06-01|")

# Heads of international organisations
L("Kofi Annan", "Annan", "GHA", "IGO", "org:un|Secretary-General|sg|1997-01-01|2006-12-31")
L("Ban Ki-moon", "Ban Ki Moon", "KOR", "IGO", "org:un|Secretary-General|sg|2007-01-01|2016-12-31")
L("António Guterres", "Antonio Guterres;Guterres", "PRT", "IGO", "org:unhcr|High Commissioner|pres|2005-06-15|2015-12-31",
  "org:un|Secretary-General|sg|2017-01-01|")
L("Filippo Grandi", "Grandi", "ITA", "IGO", "org:unhcr|High Commissioner|pres|2016-01-01|2025-12-31")
L("George Robertson", "Lord Robertson", "GBR", "IGO", "org:nato|Secretary General|sg|1999-10-14|2003-12-17")
L("Jaap de Hoop Scheffer", "de Hoop Scheffer", "NLD", "IGO", "org:nato|Secretary General|sg|2004-01-01|2009-07-31")
L("Anders Fogh Rasmussen", "Fogh Rasmussen", "DNK", "IGO", "DNK.GOV|Prime Minister|hog|2001-11-27|2009-04-05",
  "org:nato|Secretary General|sg|2009-08-01|2014-09-30")
L("Jens Stoltenberg", "Stoltenberg", "NOR", "IGO", "NOR.GOV|Prime Minister|hog|2005-10-17|2013-10-16",
  "org:nato|Secretary General|sg|2014-10-01|2024-10-01")
L("Mark Rutte", "Rutte", "NLD", "IGO", "NLD.GOV|Prime Minister|hog|2010-10-14|2024-07-02",
  "org:nato|Secretary General|sg|2024-10-01|")
L("Mohamed ElBaradei", "ElBaradei;Mohamed el-Baradei", "EGY", "IGO", "org:iaea|Director General|pres|1997-12-01|2009-11-30")
L("Yukiya Amano", "Amano", "JPN", "IGO", "org:iaea|Director General|pres|2009-12-01|2019-07-18")
L("Rafael Grossi", "Grossi;Rafael Mariano Grossi", "ARG", "IGO", "org:iaea|Director General|pres|2019-12-03|")
L("Tedros Adhanom Ghebreyesus", "Tedros;Tedros Adhanom", "ETH", "IGO", "org:who|Director-General|pres|2017-07-01|")
L("Fatou Bensouda", "Bensouda", "GMB", "IGO", "org:icc|Prosecutor|pres|2012-06-15|2021-06-15")
L("Karim Khan", "Karim A. A. Khan", "GBR", "IGO", "org:icc|Prosecutor|pres|2021-06-16|")
L("Amr Moussa", "Amr Mousa", "EGY", "IGO", "org:arab-league|Secretary-General|sg|2001-06-01|2011-07-01")
L("Nabil Elaraby", "Nabil el-Araby", "EGY", "IGO", "org:arab-league|Secretary-General|sg|2011-07-01|2016-07-01")
L("Ahmed Aboul Gheit", "Aboul Gheit;Ahmed Abul Gheit", "EGY", "IGO", "org:arab-league|Secretary-General|sg|2016-07-01|")
L("Moussa Faki Mahamat", "Moussa Faki", "TCD", "IGO", "org:african-union|Chairperson of the Commission|pres|2017-03-14|2025-02-15")
L("Mahmoud Ali Youssouf", "", "DJI", "IGO", "org:african-union|Chairperson of the Commission|pres|2025-02-15|")
L("Geir Pedersen", "", "NOR", "IGO", "org:un|Special Envoy for Syria|pres|2019-01-07|2025")
L("Staffan de Mistura", "de Mistura", "ITA", "IGO", "org:un|Special Envoy for Syria|pres|2014-07-10|2019-01-07")
L("Hans Grundberg", "Grundberg", "SWE", "IGO", "org:un|Special Envoy for Yemen|pres|2021-08-06|")
L("Martin Griffiths", "", "GBR", "IGO", "org:un|Special Envoy for Yemen|pres|2018-03|2021-06",
  "org:ocha|Under-Secretary-General for Humanitarian Affairs|pres|2021-07|2024-06")
L("Philippe Lazzarini", "Lazzarini", "CHE", "IGO", "org:unrwa|Commissioner-General|pres|2020-03|")
L("Volker Türk", "Volker Turk", "AUT", "IGO", "org:ohchr|High Commissioner for Human Rights|pres|2022-10-17|")
L("Kristalina Georgieva", "Georgieva", "BGR", "IGO", "org:imf|Managing Director|pres|2019-10-01|")
