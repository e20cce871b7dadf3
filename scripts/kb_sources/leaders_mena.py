"""Heads of state and government 2000-2026 of the Middle East and North Africa, plus key office holders."""

from _dsl import L

# Saudi Arabia (the king is also prime minister until 2022-09-27)
L("Fahd bin Abdulaziz Al Saud", "King Fahd", "SAU", "GOV", "SAU.GOV|King|hos|1982-06-13|2005-08-01",
  "SAU.GOV|Prime Minister|hog|1982-06-13|2005-08-01", slug="king-fahd")
L("Abdullah bin Abdulaziz Al Saud", "King Abdullah of Saudi Arabia;Abdullah bin Abdulaziz", "SAU", "GOV",
  "SAU.GOV|Crown Prince|cp|1982-06-13|2005-08-01",
  "SAU.GOV|King|hos|2005-08-01|2015-01-23", "SAU.GOV|Prime Minister|hog|2005-08-01|2015-01-23",
  slug="king-abdullah-saudi-arabia")
L("Salman bin Abdulaziz Al Saud", "King Salman;Salman bin Abdulaziz", "SAU", "GOV",
  "SAU.GOV|King|hos|2015-01-23|", "SAU.GOV|Prime Minister|hog|2015-01-23|2022-09-27", slug="king-salman")
L("Mohammed bin Salman", "MBS;Muhammad bin Salman;Mohammad bin Salman;Mohammed bin Salman Al Saud;"
  "Crown Prince Mohammed bin Salman;Prince Mohammed bin Salman", "SAU", "GOV",
  "SAU.GOV|Defence Minister|min|2015-01-23|2022-09-27", "SAU.GOV|Crown Prince|cp|2017-06-21|",
  "SAU.GOV|Prime Minister|hog|2022-09-27|")
L("Mohammed bin Nayef", "Muhammad bin Nayef;MBN", "SAU", "GOV", "SAU.GOV|Crown Prince|cp|2015-04-29|2017-06-21")
L("Adel al-Jubeir", "Adel Al-Jubeir;Jubeir", "SAU", "GOV", "SAU.GOV|Foreign Minister|min|2015-04-29|2018-12-27")
L("Faisal bin Farhan Al Saud", "Faisal bin Farhan;Prince Faisal bin Farhan", "SAU", "GOV",
  "SAU.GOV|Foreign Minister|min|2019-10-23|")

# Algeria
L("Abdelaziz Bouteflika", "Bouteflika", "DZA", "GOV", "DZA.GOV|President|hos|1999-04-27|2019-04-02")
L("Abdelkader Bensalah", "Bensalah;Abdelkader Bensalah", "DZA", "GOV",
  "DZA.GOV|Acting President|hos|2019-04-09|2019-12-19")
L("Abdelmadjid Tebboune", "Tebboune;Abdelmajid Tebboune", "DZA", "GOV",
  "DZA.GOV|Prime Minister|hog|2017-05-25|2017-08-15", "DZA.GOV|President|hos|2019-12-19|")
L("Ahmed Benbitour", "Benbitour", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|1999-12-23|2000-08-26")
L("Ali Benflis", "Benflis", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2000-08-26|2003-05-05")
L("Ahmed Ouyahia", "Ouyahia", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2003-05-05|2006-05-24",
  "DZA.GOV|Prime Minister|hog|2008-06-23|2012-09-03", "DZA.GOV|Prime Minister|hog|2017-08-15|2019-03-11")
L("Abdelaziz Belkhadem", "Belkhadem", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2006-05-24|2008-06-23")
L("Abdelmalek Sellal", "Sellal", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2012-09-03|2017-05-24")
L("Noureddine Bedoui", "Bedoui", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2019-03-11|2019-12-19")
L("Abdelaziz Djerad", "Djerad", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2019-12-28|2021-06-24")
L("Aymen Benabderrahmane", "Aïmene Benabderrahmane;Benabderrahmane", "DZA", "GOV",
  "DZA.GOV|Prime Minister|hog|2021-06-30|2023-11-11")
L("Nadir Larbaoui", "Larbaoui", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2023-11-11|2025-08")
L("Saïd Chanegriha", "Said Chanegriha;Chanegriha", "DZA", "MIL", "DZA.MIL|Chief of Staff|cmd|2019-12-23|")
L("Ahmed Gaid Salah", "Gaid Salah", "DZA", "MIL", "DZA.MIL|Chief of Staff|cmd|2004-08-03|2019-12-23")

# Bahrain
L("Hamad bin Isa Al Khalifa", "King Hamad;Hamad bin Isa", "BHR", "GOV", "BHR.GOV|Emir|hos|1999-03-06|2002-02-14",
  "BHR.GOV|King|hos|2002-02-14|")
L("Khalifa bin Salman Al Khalifa", "Khalifa bin Salman", "BHR", "GOV",
  "BHR.GOV|Prime Minister|hog|1970-01-10|2020-11-11")
L("Salman bin Hamad Al Khalifa", "Crown Prince Salman bin Hamad;Salman bin Hamad", "BHR", "GOV",
  "BHR.GOV|Crown Prince|cp|1999-03-09|", "BHR.GOV|Prime Minister|hog|2020-11-11|")

# Egypt
L("Hosni Mubarak", "Mubarak;Muhammad Hosni Mubarak", "EGY", "GOV", "EGY.GOV|President|hos|1981-10-14|2011-02-11")
L("Mohamed Hussein Tantawi", "Tantawi;Field Marshal Tantawi", "EGY", "MIL",
  "EGY.GOV|Chairman of the Supreme Council of the Armed Forces|hos|2011-02-11|2012-06-30",
  "EGY.MIL|Commander-in-Chief|cmd|1991-05-20|2012-08-12")
L("Mohamed Morsi", "Morsi;Mohammed Morsi;Mursi;Mohamed Mursi", "EGY", "GOV",
  "EGY.GOV|President|hos|2012-06-30|2013-07-03")
L("Adly Mansour", "Adly Mansour;Adli Mansour", "EGY", "GOV", "EGY.GOV|Interim President|hos|2013-07-04|2014-06-08")
L("Abdel Fattah el-Sisi", "Sisi;el-Sisi;al-Sisi;Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi;Sissi;el-Sissi",
  "EGY", "GOV", "EGY.GOV|Defence Minister|min|2012-08-12|2014-03-26", "EGY.GOV|President|hos|2014-06-08|")
L("Atef Ebeid", "Ebeid", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|1999-10-05|2004-07-14")
L("Ahmed Nazif", "Nazif", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2004-07-14|2011-01-29")
L("Ahmed Shafik", "Shafik;Ahmed Shafiq", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2011-01-29|2011-03-03")
L("Essam Sharaf", "", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2011-03-03|2011-12-07")
L("Kamal Ganzouri", "Ganzouri;Kamal el-Ganzouri", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2011-12-07|2012-08-02")
L("Hesham Qandil", "Hisham Qandil;Qandil", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2012-08-02|2013-07-08")
L("Hazem el-Beblawi", "Hazem Beblawi;Beblawi", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2013-07-09|2014-03-01")
L("Ibrahim Mahlab", "Mahlab", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2014-03-01|2015-09-19")
L("Sherif Ismail", "", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2015-09-19|2018-06-14")
L("Mostafa Madbouly", "Madbouly;Moustafa Madbouly", "EGY", "GOV", "EGY.GOV|Prime Minister|hog|2018-06-07|")

# Iran (the supreme leader is head of state; the president heads the government)
L("Ruhollah Khomeini", "Khomeini;Ayatollah Khomeini;Ayatollah Ruhollah Khomeini", "IRN", "GOV",
  "IRN.GOV|Supreme Leader|sl|1979-12-03|1989-06-03")
L("Ali Khamenei", "Khamenei;Ayatollah Khamenei;Ayatollah Ali Khamenei;Sayyid Ali Khamenei", "IRN",
  "GOV", "IRN.GOV|President|hog|1981-10-13|1989-08-03", "IRN.GOV|Supreme Leader|sl|1989-06-04|")
L("Akbar Hashemi Rafsanjani", "Rafsanjani;Hashemi Rafsanjani;Ali Akbar Hashemi Rafsanjani", "IRN", "GOV",
  "IRN.GOV|President|hog|1989-08-03|1997-08-03")
L("Mohammad Khatami", "Khatami;Mohammad Khatemi", "IRN", "GOV", "IRN.GOV|President|hog|1997-08-03|2005-08-03")
L("Mahmoud Ahmadinejad", "Ahmadinejad;Ahmadinezhad", "IRN", "GOV", "IRN.GOV|President|hog|2005-08-03|2013-08-03")
L("Hassan Rouhani", "Rouhani;Hassan Rohani;Rohani", "IRN", "GOV", "IRN.GOV|President|hog|2013-08-03|2021-08-03")
L("Ebrahim Raisi", "Raisi;Ebrahim Raeisi;Ibrahim Raisi;Raeisi", "IRN", "GOV",
  "IRN.GOV|Chief Justice|chief|2019-03-07|2021-07-01", "IRN.GOV|President|hog|2021-08-03|2024-05-19",
  note="died in a helicopter crash 2024-05-19")
L("Mohammad Mokhber", "Mokhber", "IRN", "GOV", "IRN.GOV|Acting President|hog|2024-05-20|2024-07-28")
L("Masoud Pezeshkian", "Pezeshkian;Massoud Pezeshkian", "IRN", "GOV", "IRN.GOV|President|hog|2024-07-28|")
L("Mohammad Javad Zarif", "Zarif;Javad Zarif", "IRN", "GOV", "IRN.GOV|Foreign Minister|min|2013-08-15|2021-08-25")
L("Hossein Amir-Abdollahian", "Amir-Abdollahian;Amirabdollahian;Hossein Amirabdollahian", "IRN", "GOV",
  "IRN.GOV|Foreign Minister|min|2021-08-25|2024-05-19")
L("Abbas Araghchi", "Araghchi;Abbas Araqchi", "IRN", "GOV", "IRN.GOV|Foreign Minister|min|2024-08-21|")
L("Ali Larijani", "Larijani", "IRN", "GOV", "IRN.GOV|Secretary of the Supreme National Security Council|min|2005-08|2007-10",
  "IRN.GOV|Speaker of Parliament|spk|2008-05-28|2020-05-28",
  "IRN.GOV|Secretary of the Supreme National Security Council|min|2025-08-05|")
L("Mohammad Bagher Ghalibaf", "Ghalibaf;Mohammad Bagher Qalibaf;Qalibaf;Mohammad-Bagher Ghalibaf", "IRN", "GOV",
  "IRN.GOV|Speaker of Parliament|spk|2020-05-28|")
L("Ali Shamkhani", "Shamkhani", "IRN", "GOV",
  "IRN.GOV|Secretary of the Supreme National Security Council|min|2013-09-10|2023-05-22")
L("Qassem Soleimani", "Qasem Soleimani;Qassem Suleimani;Qasem Suleimani;Qassim Suleimani;Qassem Sulaimani;"
  "Ghasem Soleimani;Qasim Soleimani;Soleimani;Suleimani;Sulaimani;Haj Qassem;General Soleimani;"
  "General Suleimani", "IRN", "MIL",
  "IRN.IRGC.QUDS|Commander of the Quds Force|cmd|1998|2020-01-03", note="killed in a US drone strike in Baghdad 2020-01-03")
L("Esmail Qaani", "Qaani;Esmail Ghaani;Ismail Qaani;Ismail Ghaani;Esmail Qa'ani", "IRN", "MIL",
  "IRN.IRGC.QUDS|Commander of the Quds Force|cmd|2020-01-03|")
L("Hossein Salami", "Salami", "IRN", "MIL", "IRN.IRGC|Commander-in-Chief|cmd|2019-04-21|2025-06-13",
  note="killed in an Israeli strike 2025-06-13")
L("Mohammad Ali Jafari", "Mohammad Ali Jafari;Aziz Jafari", "IRN", "MIL",
  "IRN.IRGC|Commander-in-Chief|cmd|2007-09-01|2019-04-21")
L("Yahya Rahim Safavi", "Rahim Safavi", "IRN", "MIL", "IRN.IRGC|Commander-in-Chief|cmd|1997-09|2007-09-01")
L("Mohammad Pakpour", "Pakpour", "IRN", "MIL", "IRN.IRGC|Commander-in-Chief|cmd|2025-06-13|")
L("Mohammad Bagheri", "Mohammad Hossein Bagheri", "IRN", "MIL",
  "IRN.MIL|Chief of Staff of the Armed Forces|cmd|2016-06-28|2025-06-13",
  note="killed in an Israeli strike 2025-06-13")
L("Abdolrahim Mousavi", "Abdolrahim Mousavi", "IRN", "MIL",
  "IRN.MIL|Chief of Staff of the Armed Forces|cmd|2025-06-13|")
L("Amir Ali Hajizadeh", "Hajizadeh", "IRN", "MIL", "IRN.IRGC|Commander of the Aerospace Force|cmd|2009|2025-06-13")
L("Mir-Hossein Mousavi", "Mir Hossein Mousavi", "IRN", "OPP", "IRN.GOV|Prime Minister|hog|1981-10-31|1989-08-03")
L("Reza Pahlavi", "Crown Prince Reza Pahlavi", "IRN", "OPP")
L("Mahsa Amini", "Jina Mahsa Amini;Zhina Amini;Jina Amini", "IRN", "CVL", note="died in morality police custody 2022-09-16")

# Iraq
L("Saddam Hussein", "Saddam;Saddam Hussein al-Tikriti", "IRQ", "GOV", "IRQ.GOV|President|hos|1979-07-16|2003-04-09",
  "IRQ.GOV|Prime Minister|hog|1994-05-29|2003-04-09", note="executed 2006-12-30")
L("Paul Bremer", "L. Paul Bremer;Bremer", "USA", "GOV",
  "IRQ.GOV|Administrator of the Coalition Provisional Authority|hos|2003-05-11|2004-06-28")
L("Ghazi al-Yawar", "Ghazi al-Yawer;Ghazi Mashal Ajil al-Yawer", "IRQ", "GOV",
  "IRQ.GOV|President|hos|2004-06-28|2005-04-07")
L("Jalal Talabani", "Talabani;Mam Jalal", "IRQ", "GOV", "IRQ.GOV|President|hos|2005-04-07|2014-07-24",
  "group:puk|Secretary General|ldr|1975-06-01|2017-10-03")
L("Fuad Masum", "Fouad Massoum;Fuad Masoum", "IRQ", "GOV", "IRQ.GOV|President|hos|2014-07-24|2018-10-02")
L("Barham Salih", "Barham Saleh", "IRQ", "GOV", "IRQ.GOV|President|hos|2018-10-02|2022-10-17")
L("Abdul Latif Rashid", "Abdul Latif Jamal Rashid", "IRQ", "GOV", "IRQ.GOV|President|hos|2022-10-17|")
L("Ayad Allawi", "Iyad Allawi;Allawi", "IRQ", "GOV", "IRQ.GOV|Prime Minister|hog|2004-06-28|2005-05-03")
L("Ibrahim al-Jaafari", "Jaafari;Ibrahim al-Jafari", "IRQ", "GOV", "IRQ.GOV|Prime Minister|hog|2005-05-03|2006-05-20")
L("Nouri al-Maliki", "Maliki;Nuri al-Maliki;Nouri Maliki", "IRQ", "GOV",
  "IRQ.GOV|Prime Minister|hog|2006-05-20|2014-09-08", "group:dawa-party|Secretary General|ldr|2007|")
L("Haider al-Abadi", "Abadi;Haidar al-Abadi", "IRQ", "GOV", "IRQ.GOV|Prime Minister|hog|2014-09-08|2018-10-25")
L("Adil Abdul-Mahdi", "Adel Abdul Mahdi;Abdul-Mahdi;Adil Abd al-Mahdi", "IRQ", "GOV",
  "IRQ.GOV|Prime Minister|hog|2018-10-25|2020-05-07")
L("Mustafa al-Kadhimi", "Kadhimi;Mustafa Kadhimi;Mustafa al-Kazemi", "IRQ", "GOV",
  "IRQ.GOV|Prime Minister|hog|2020-05-07|2022-10-27")
L("Mohammed Shia al-Sudani", "Sudani;Mohammed Shia' al-Sudani;Mohammed al-Sudani", "IRQ", "GOV",
  "IRQ.GOV|Prime Minister|hog|2022-10-27|")
L("Ali al-Sistani", "Sistani;Grand Ayatollah Ali al-Sistani;Ayatollah Sistani", "IRQ", "REL")
L("Muqtada al-Sadr", "Moqtada al-Sadr;Muqtada Sadr;Moqtada Sadr;Sadr", "IRQ", "REL",
  "group:sadrist-movement|Leader|ldr|2003|", "group:mahdi-army|Leader|ldr|2003|2008",
  "group:saraya-al-salam|Leader|ldr|2014-06|")
L("Massoud Barzani", "Masoud Barzani;Barzani", "IRQ", "GOV",
  "group:krg|President of the Kurdistan Region|regional_president|2005-06-13|2017-11-01", "group:kdp|President|ldr|1979|")
L("Nechirvan Barzani", "", "IRQ", "GOV", "group:krg|Prime Minister of the Kurdistan Region|regional_prime_minister|2006-03|2009-09",
  "group:krg|Prime Minister of the Kurdistan Region|regional_prime_minister|2012-03|2019-06-10",
  "group:krg|President of the Kurdistan Region|regional_president|2019-06-10|")
L("Masrour Barzani", "", "IRQ", "GOV", "group:krg|Prime Minister of the Kurdistan Region|regional_prime_minister|2019-07-10|")
L("Bafel Talabani", "Bafel Jalal Talabani", "IRQ", "PTY", "group:puk|President|ldr|2021|")
L("Abu Mahdi al-Muhandis", "al-Muhandis;Muhandis;Jamal Jaafar al-Ibrahimi;Jamal Jafaar Mohammed Ali Ebrahim;"
  "Abu Mehdi al-Muhandis", "IRQ", "REB",
  "group:kataib-hezbollah|Founder and commander|ldr|2003|2020-01-03",
  "group:pmf|Deputy Chairman|dep|2014-06|2020-01-03", note="killed with Soleimani 2020-01-03")
L("Falih al-Fayyadh", "Faleh al-Fayyad;Falih al-Fayyad;Fayyadh", "IRQ", "GOV",
  "group:pmf|Chairman|ldr|2014-06|", "IRQ.GOV|National Security Adviser|min|2011|2020-07-04")
L("Abu Fadak al-Mohammedawi", "Abu Fadak;Abdulaziz al-Mohammedawi", "IRQ", "REB",
  "group:pmf|Chief of Staff|cmd|2020-02|")
L("Qais al-Khazali", "Qais Khazali;Qays al-Khazali;Khazali", "IRQ", "REB",
  "group:asaib-ahl-al-haq|Secretary General|ldr|2006|")
L("Hadi al-Amiri", "Hadi Amiri;Amiri", "IRQ", "REB", "group:badr-organization|Secretary General|ldr|2003|")
L("Akram al-Kaabi", "Akram Kaabi;Akram al-Ka'bi", "IRQ", "REB", "group:harakat-al-nujaba|Secretary General|ldr|2013|")
L("Ammar al-Hakim", "Ammar Hakim", "IRQ", "PTY", "group:hikma-movement|Leader|ldr|2017-07|",
  "group:isci|Leader|ldr|2009-09|2017-07")

# Israel (president = head of state; prime minister = head of government)
L("Ezer Weizman", "Weizman", "ISR", "GOV", "ISR.GOV|President|hos|1993-05-13|2000-07-13")
L("Moshe Katsav", "Katsav", "ISR", "GOV", "ISR.GOV|President|hos|2000-08-01|2007-07-01")
L("Shimon Peres", "Peres", "ISR", "GOV", "ISR.GOV|President|hos|2007-07-15|2014-07-24")
L("Reuven Rivlin", "Rivlin;Ruvi Rivlin", "ISR", "GOV", "ISR.GOV|President|hos|2014-07-24|2021-07-07")
L("Isaac Herzog", "Herzog;Yitzhak Herzog", "ISR", "GOV", "ISR.GOV|President|hos|2021-07-07|")
L("Ehud Barak", "", "ISR", "GOV", "ISR.GOV|Prime Minister|hog|1999-07-06|2001-03-07",
  "ISR.GOV|Defence Minister|min|2007-06-18|2013-03-18")
L("Ariel Sharon", "Sharon;Arik Sharon", "ISR", "GOV", "ISR.GOV|Prime Minister|hog|2001-03-07|2006-04-14")
L("Ehud Olmert", "Olmert", "ISR", "GOV", "ISR.GOV|Prime Minister|hog|2006-01-04|2009-03-31")
L("Benjamin Netanyahu", "Netanyahu;Bibi;Bibi Netanyahu;Binyamin Netanyahu", "ISR", "GOV",
  "ISR.GOV|Prime Minister|hog|1996-06-18|1999-07-06", "ISR.GOV|Prime Minister|hog|2009-03-31|2021-06-13",
  "ISR.GOV|Prime Minister|hog|2022-12-29|", "group:likud|Chairman|ldr|2005-12-20|")
L("Naftali Bennett", "Bennett", "ISR", "GOV", "ISR.GOV|Prime Minister|hog|2021-06-13|2022-06-30")
L("Yair Lapid", "Lapid", "ISR", "GOV", "ISR.GOV|Prime Minister|hog|2022-07-01|2022-12-29",
  "group:yesh-atid|Chairman|ldr|2012|")
L("Benny Gantz", "Gantz", "ISR", "GOV", "ISR.MIL|Chief of General Staff|cmd|2011-02-14|2015-02-16",
  "ISR.GOV|Defence Minister|min|2020-05-17|2022-12-29")
L("Yoav Gallant", "Gallant", "ISR", "GOV", "ISR.GOV|Defence Minister|min|2022-12-29|2024-11-05")
L("Israel Katz", "", "ISR", "GOV", "ISR.GOV|Foreign Minister|min|2024-01-01|2024-11-07",
  "ISR.GOV|Defence Minister|min|2024-11-07|")
L("Itamar Ben-Gvir", "Ben-Gvir;Itamar Ben Gvir;Ben Gvir", "ISR", "GOV",
  "ISR.GOV|National Security Minister|min|2022-12-29|", "group:otzma-yehudit|Leader|ldr|2019|")
L("Bezalel Smotrich", "Smotrich", "ISR", "GOV", "ISR.GOV|Finance Minister|min|2022-12-29|",
  "group:religious-zionist-party|Leader|ldr|2019|")
L("Gadi Eisenkot", "Eisenkot", "ISR", "MIL", "ISR.MIL|Chief of General Staff|cmd|2015-02-16|2019-01-15")
L("Aviv Kochavi", "Kochavi", "ISR", "MIL", "ISR.MIL|Chief of General Staff|cmd|2019-01-15|2023-01-16")
L("Herzi Halevi", "Halevi", "ISR", "MIL", "ISR.MIL|Chief of General Staff|cmd|2023-01-16|2025-03-05")
L("Eyal Zamir", "Zamir", "ISR", "MIL", "ISR.MIL|Chief of General Staff|cmd|2025-03-05|")

# Jordan
L("Abdullah II of Jordan", "King Abdullah II;King Abdullah of Jordan;Abdullah II;Abdullah II bin Al-Hussein",
  "JOR", "GOV", "JOR.GOV|King|hos|1999-02-07|", slug="king-abdullah-ii")
L("Abdul Raouf al-Rawabdeh", "Rawabdeh", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|1999-03-04|2000-06-19")
L("Ali Abu al-Ragheb", "Abu al-Ragheb", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2000-06-19|2003-10-25")
L("Faisal al-Fayez", "Faisal Fayez", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2003-10-25|2005-04-07")
L("Adnan Badran", "", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2005-04-07|2005-11-27")
L("Marouf al-Bakhit", "Marouf Bakhit", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2005-11-27|2007-11-25",
  "JOR.GOV|Prime Minister|hog|2011-02-09|2011-10-24")
L("Nader al-Dahabi", "Nader Dahabi", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2007-11-25|2009-12-14")
L("Samir Rifai", "Samir al-Rifai", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2009-12-14|2011-02-09")
L("Awn Shawkat Al-Khasawneh", "Awn Khasawneh", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2011-10-24|2012-05-02")
L("Fayez al-Tarawneh", "Fayez Tarawneh", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2012-05-02|2012-10-11")
L("Abdullah Ensour", "Abdullah al-Nsour", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2012-10-11|2016-06-01")
L("Hani Mulki", "Hani al-Mulki", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2016-06-01|2018-06-14")
L("Omar Razzaz", "Omar al-Razzaz", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2018-06-14|2020-10-12")
L("Bisher Al-Khasawneh", "Bisher Khasawneh", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2020-10-12|2024-09-18")
L("Jafar Hassan", "Jaafar Hassan", "JOR", "GOV", "JOR.GOV|Prime Minister|hog|2024-09-18|")
L("Ayman Safadi", "Safadi", "JOR", "GOV", "JOR.GOV|Foreign Minister|min|2017-01-15|")

# Kuwait
L("Jaber Al-Ahmad Al-Sabah", "Sheikh Jaber;Jaber al-Ahmad", "KWT", "GOV", "KWT.GOV|Emir|hos|1977-12-31|2006-01-15")
L("Saad Al-Abdullah Al-Salim Al-Sabah", "Sheikh Saad", "KWT", "GOV",
  "KWT.GOV|Prime Minister|hog|1978-02-08|2003-07-13", "KWT.GOV|Emir|hos|2006-01-15|2006-01-24")
L("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Sabah;Sabah al-Ahmad", "KWT", "GOV",
  "KWT.GOV|Prime Minister|hog|2003-07-13|2006-01-29", "KWT.GOV|Emir|hos|2006-01-29|2020-09-29")
L("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Nawaf;Nawaf al-Ahmad", "KWT", "GOV",
  "KWT.GOV|Emir|hos|2020-09-29|2023-12-16")
L("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Mishal;Meshal al-Ahmad;Mishal al-Ahmad", "KWT", "GOV",
  "KWT.GOV|Emir|hos|2023-12-16|")
L("Nasser Al-Mohammed Al-Sabah", "Sheikh Nasser al-Mohammed", "KWT", "GOV",
  "KWT.GOV|Prime Minister|hog|2006-02-07|2011-11-28")
L("Jaber Al-Mubarak Al-Hamad Al-Sabah", "Sheikh Jaber al-Mubarak", "KWT", "GOV",
  "KWT.GOV|Prime Minister|hog|2011-11|2019-11")
L("Sabah Al-Khalid Al-Sabah", "Sheikh Sabah al-Khalid", "KWT", "GOV", "KWT.GOV|Prime Minister|hog|2019-11|2022-07")
L("Ahmad Nawaf Al-Ahmad Al-Sabah", "Sheikh Ahmad Nawaf", "KWT", "GOV", "KWT.GOV|Prime Minister|hog|2022-07|2024-01")
L("Mohammad Sabah Al-Salem Al-Sabah", "Sheikh Mohammad Sabah al-Salem", "KWT", "GOV",
  "KWT.GOV|Prime Minister|hog|2024-01|2024-04")
L("Ahmad Abdullah Al-Ahmad Al-Sabah", "Sheikh Ahmad Abdullah", "KWT", "GOV", "KWT.GOV|Prime Minister|hog|2024-05|")

# Lebanon (the presidency was vacant 2007-11-24..2008-05-25, 2014-05-25..2016-10-31, 2022-10-31..2025-01-09)
L("Émile Lahoud", "Emile Lahoud;Lahoud", "LBN", "GOV", "LBN.GOV|President|hos|1998-11-24|2007-11-23")
L("Michel Suleiman", "Michel Sleiman;Sleiman", "LBN", "GOV", "LBN.GOV|President|hos|2008-05-25|2014-05-25")
L("Michel Aoun", "", "LBN", "GOV", "LBN.GOV|President|hos|2016-10-31|2022-10-30",
  "group:free-patriotic-movement|Founder|ldr|2005|2015-08")
L("Joseph Aoun", "General Joseph Aoun", "LBN", "GOV", "LBN.MIL|Commander of the Army|cmd|2017-03-08|2025-01-09",
  "LBN.GOV|President|hos|2025-01-09|")
L("Selim Hoss", "Salim al-Hoss", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|1998-12-04|2000-10-23")
L("Rafic Hariri", "Rafik Hariri;Rafiq Hariri;Rafic al-Hariri", "LBN", "GOV",
  "LBN.GOV|Prime Minister|hog|1992-10-31|1998-12-04", "LBN.GOV|Prime Minister|hog|2000-10-23|2004-10-21",
  note="assassinated 2005-02-14")
L("Omar Karami", "", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2004-10-26|2005-04-19")
L("Najib Mikati", "Mikati;Najib Miqati", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2005-04-19|2005-07-19",
  "LBN.GOV|Prime Minister|hog|2011-06-13|2014-02-15", "LBN.GOV|Prime Minister|hog|2021-09-10|2025-02-08")
L("Fouad Siniora", "Siniora;Fuad Siniora", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2005-07-19|2009-11-09")
L("Saad Hariri", "Saad al-Hariri", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2009-11-09|2011-06-13",
  "LBN.GOV|Prime Minister|hog|2016-12-18|2020-01-21", "group:future-movement|Leader|ldr|2005|")
L("Tammam Salam", "", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2014-02-15|2016-12-18")
L("Hassan Diab", "", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2020-01-21|2021-09-10")
L("Nawaf Salam", "", "LBN", "GOV", "LBN.GOV|Prime Minister|hog|2025-02-08|")
L("Nabih Berri", "Berri", "LBN", "GOV", "LBN.GOV|Speaker of Parliament|spk|1992-10-20|",
  "group:amal|Leader|ldr|1980|")
L("Samir Geagea", "Geagea", "LBN", "PTY", "group:lebanese-forces|Leader|ldr|1986|")
L("Walid Jumblatt", "Jumblatt", "LBN", "PTY", "group:progressive-socialist-party|Leader|ldr|1977|2023-06")
L("Gebran Bassil", "Bassil", "LBN", "PTY", "group:free-patriotic-movement|President|ldr|2015-08|")
L("Hassan Nasrallah", "Nasrallah;Sayyed Hassan Nasrallah;Hasan Nasrallah;Sayyed Nasrallah", "LBN", "REB",
  "group:hezbollah|Secretary-General|sg|1992-02-16|2024-09-27", note="killed in an Israeli strike 2024-09-27")
L("Naim Qassem", "Naim Qasim;Sheikh Naim Qassem", "LBN", "REB",
  "group:hezbollah|Deputy Secretary-General|dep|1991|2024-10-29", "group:hezbollah|Secretary-General|sg|2024-10-29|")
L("Hashem Safieddine", "Hashem Safi al-Din;Safieddine", "LBN", "REB",
  "group:hezbollah|Head of the Executive Council|ldr|2001|2024-10-03")
L("Imad Mughniyeh", "Imad Mughniyah;Mughniyeh", "LBN", "REB", "group:hezbollah|Military commander|cmd|1982|2008-02-12")
L("Fuad Shukr", "Fouad Shukr;Fuad Shukur", "LBN", "REB", "group:hezbollah|Military commander|cmd|2008|2024-07-30")

# Libya
L("Muammar Gaddafi", "Gaddafi;Qaddafi;Moammar Gadhafi;Gadhafi;Muammar al-Gaddafi;Muammar Qaddafi;Colonel Gaddafi",
  "LBY", "GOV", "LBY.GOV|Brotherly Leader and Guide of the Revolution|hos|1969-09-01|2011-08-23",
  note="killed 2011-10-20")
L("Saif al-Islam Gaddafi", "Saif al-Islam;Saif Gaddafi", "LBY", "OPP")
L("Mustafa Abdul Jalil", "Mustafa Abdel Jalil;Abdul Jalil", "LBY", "GOV",
  "LBY.GOV|Chairman of the National Transitional Council|hos|2011-03-05|2012-08-08")
L("Mahmoud Jibril", "Jibril", "LBY", "GOV", "LBY.GOV|Chairman of the Executive Board|hog|2011-03-05|2011-10-23")
L("Abdurrahim El-Keib", "Abdel Rahim al-Keeb", "LBY", "GOV", "LBY.GOV|Prime Minister|hog|2011-11-24|2012-11-14")
L("Mohamed Magariaf", "Mohammed Magarief;Magariaf", "LBY", "GOV",
  "LBY.GOV|President of the General National Congress|hos|2012-08-09|2013-05-28")
L("Nouri Abusahmain", "Nouri Abu Sahmain", "LBY", "GOV",
  "LBY.GOV|President of the General National Congress|hos|2013-06-25|2014-08-04")
L("Ali Zeidan", "Zeidan", "LBY", "GOV", "LBY.GOV|Prime Minister|hog|2012-11-14|2014-03-11")
L("Abdullah al-Thani", "Abdullah al-Thinni;Abdullah Thinni", "LBY", "GOV",
  "LBY.GOV|Prime Minister (House of Representatives government)|hog|2014-03-11|2021-03-15")
L("Aguila Saleh Issa", "Aguila Saleh;Agila Saleh;Aqila Saleh", "LBY", "GOV",
  "LBY.GOV|President of the House of Representatives|hos|2014-08-05|")
L("Fayez al-Sarraj", "Sarraj;Fayez Serraj;Fayez al-Serraj", "LBY", "GOV",
  "LBY.GOV|Chairman of the Presidential Council|hos|2016-03-30|2021-03-15",
  "LBY.GOV|Prime Minister (Government of National Accord)|hog|2016-03-30|2021-03-15")
L("Mohamed al-Menfi", "Mohammed al-Menfi;Menfi", "LBY", "GOV",
  "LBY.GOV|Chairman of the Presidential Council|hos|2021-03-15|")
L("Abdul Hamid Dbeibah", "Dbeibah;Abdulhamid Dbeibah;Abdul Hamid al-Dbeibah;Dbeibeh", "LBY", "GOV",
  "LBY.GOV|Prime Minister (Government of National Unity)|hog|2021-03-15|")
L("Fathi Bashagha", "Bashagha", "LBY", "GOV", "LBY.GOV|Prime Minister (eastern-based government)|hog|2022-03|2023-05")
L("Osama Hammad", "", "LBY", "GOV", "LBY.GOV|Prime Minister (eastern-based government)|hog|2023-05|")
L("Khalifa Haftar", "Haftar;Khalifa Hifter;Hifter;Field Marshal Haftar;General Haftar", "LBY", "MIL",
  "group:lna|Commander|cmd|2014-05|")
L("Saddam Haftar", "", "LBY", "MIL", "group:lna|Commander of ground forces|cmd|2022|")

# Morocco
L("Mohammed VI of Morocco", "King Mohammed VI;Mohammed VI;King Mohammed of Morocco", "MAR", "GOV",
  "MAR.GOV|King|hos|1999-07-23|", slug="king-mohammed-vi")
L("Abderrahmane Youssoufi", "Youssoufi", "MAR", "GOV", "MAR.GOV|Prime Minister|hog|1998-03-14|2002-10-09")
L("Driss Jettou", "Jettou", "MAR", "GOV", "MAR.GOV|Prime Minister|hog|2002-10-09|2007-09-19")
L("Abbas El Fassi", "Abbas al-Fassi", "MAR", "GOV", "MAR.GOV|Prime Minister|hog|2007-09-19|2011-11-29")
L("Abdelilah Benkirane", "Benkirane;Abdelilah Benkiran", "MAR", "GOV",
  "MAR.GOV|Head of Government|hog|2011-11-29|2017-04-05")
L("Saadeddine Othmani", "Saad Eddine El Othmani;El Othmani", "MAR", "GOV",
  "MAR.GOV|Head of Government|hog|2017-04-05|2021-10-07")
L("Aziz Akhannouch", "Akhannouch", "MAR", "GOV", "MAR.GOV|Head of Government|hog|2021-10-07|")

# Oman (the sultan is also prime minister)
L("Qaboos bin Said", "Sultan Qaboos;Qaboos bin Said al Said", "OMN", "GOV", "OMN.GOV|Sultan|hos|1970-07-23|2020-01-10",
  "OMN.GOV|Prime Minister|hog|1972|2020-01-10")
L("Haitham bin Tariq", "Sultan Haitham;Haitham bin Tarik;Haitham bin Tariq Al Said", "OMN", "GOV",
  "OMN.GOV|Sultan|hos|2020-01-11|", "OMN.GOV|Prime Minister|hog|2020-01-11|")
L("Badr Albusaidi", "Badr al-Busaidi;Sayyid Badr Albusaidi", "OMN", "GOV", "OMN.GOV|Foreign Minister|min|2020-08-18|")

# Palestine
L("Yasser Arafat", "Arafat;Yasir Arafat;Abu Ammar", "PSE", "GOV",
  "PSE.GOV|President of the Palestinian National Authority|hos|1994-07-05|2004-11-11",
  "group:plo|Chairman|ldr|1969-02-04|2004-11-11", "group:fatah|Leader|ldr|1959|2004-11-11")
L("Rawhi Fattouh", "Fattouh", "PSE", "GOV", "PSE.GOV|Interim President|hos|2004-11-11|2005-01-15")
L("Mahmoud Abbas", "Abbas;Abu Mazen", "PSE", "GOV", "PSE.GOV|Prime Minister|hog|2003-03-19|2003-10-07",
  "PSE.GOV|President|hos|2005-01-15|", "group:plo|Chairman|ldr|2004-11-11|", "group:fatah|Chairman|ldr|2004-11|")
L("Ahmed Qurei", "Abu Alaa;Ahmed Qureia", "PSE", "GOV", "PSE.GOV|Prime Minister|hog|2003-10-07|2006-03-29")
L("Ismail Haniyeh", "Haniyeh;Ismail Haniya;Ismail Haniyah", "PSE", "REB",
  "PSE.GOV|Prime Minister|hog|2006-03-29|2007-06-14",
  "group:hamas|Head of the Hamas government in Gaza|ldr|2007-06-14|2014-06-02",
  "group:hamas|Head of the Political Bureau|ldr|2017-05-06|2024-07-31", note="assassinated in Tehran 2024-07-31")
L("Salam Fayyad", "Fayyad", "PSE", "GOV", "PSE.GOV|Prime Minister|hog|2007-06-15|2013-06-06")
L("Rami Hamdallah", "Hamdallah", "PSE", "GOV", "PSE.GOV|Prime Minister|hog|2013-06-06|2019-04-14")
L("Mohammad Shtayyeh", "Shtayyeh;Mohammed Shtayyeh", "PSE", "GOV", "PSE.GOV|Prime Minister|hog|2019-04-14|2024-03-31")
L("Mohammad Mustafa", "Mohammed Mustafa", "PSE", "GOV", "PSE.GOV|Prime Minister|hog|2024-03-31|")
L("Hussein al-Sheikh", "Hussein Al Sheikh", "PSE", "GOV", "group:plo|Deputy Chairman|dep|2025-04|")
L("Marwan Barghouti", "Barghouti", "PSE", "PTY", "group:fatah|Tanzim leader|ldr||", slug="marwan-barghouti")
L("Ahmed Yassin", "Sheikh Ahmed Yassin;Sheikh Yassin", "PSE", "REB", "group:hamas|Founder and spiritual leader|ldr|1987-12|2004-03-22")
L("Abdel Aziz al-Rantisi", "Rantisi;Abdel-Aziz Rantisi", "PSE", "REB", "group:hamas|Leader in Gaza|ldr|2004-03-23|2004-04-17")
L("Khaled Mashal", "Khaled Meshaal;Khalid Mishal;Meshaal;Mashal", "PSE", "REB",
  "group:hamas|Head of the Political Bureau|ldr|1996|2017-05-06")
L("Yahya Sinwar", "Sinwar;Yahya al-Sinwar", "PSE", "REB",
  "group:hamas|Leader in Gaza|ldr|2017-02-13|2024-10-16",
  "group:hamas|Head of the Political Bureau|ldr|2024-08-06|2024-10-16", note="killed by Israeli forces 2024-10-16")
L("Mohammed Sinwar", "Muhammad Sinwar", "PSE", "REB", "group:qassam-brigades|Commander|cmd|2024-07|2025-05-13")
L("Mohammed Deif", "Mohammed Dief;Mohammed Diab Ibrahim al-Masri;Deif", "PSE", "REB",
  "group:qassam-brigades|Commander|cmd|2002|2024-07-13")
L("Marwan Issa", "", "PSE", "REB", "group:qassam-brigades|Deputy Commander|dep|2012|2024-03")
L("Saleh al-Arouri", "Saleh Arouri;Salah al-Arouri", "PSE", "REB",
  "group:hamas|Deputy Head of the Political Bureau|dep|2017-10|2024-01-02")
L("Khalil al-Hayya", "Khalil al-Hayyah;Khalil Hayya", "PSE", "REB", "group:hamas|Leader in Gaza|ldr|2024-10|")
L("Ramadan Shalah", "Ramadan Abdullah Shalah", "PSE", "REB", "group:pij|Secretary-General|sg|1995-10|2018-09-28")
L("Ziyad al-Nakhalah", "Ziad al-Nakhala;Ziyad Nakhalah;Ziad Nakhaleh", "PSE", "REB",
  "group:pij|Secretary-General|sg|2018-09-28|")

# Qatar
L("Hamad bin Khalifa Al Thani", "Sheikh Hamad bin Khalifa", "QAT", "GOV", "QAT.GOV|Emir|hos|1995-06-27|2013-06-25")
L("Tamim bin Hamad Al Thani", "Sheikh Tamim;Emir Tamim;Tamim bin Hamad", "QAT", "GOV", "QAT.GOV|Emir|hos|2013-06-25|")
L("Abdullah bin Khalifa Al Thani", "", "QAT", "GOV", "QAT.GOV|Prime Minister|hog|1996-10-29|2007-04-03")
L("Hamad bin Jassim bin Jaber Al Thani", "Hamad bin Jassim;HBJ", "QAT", "GOV",
  "QAT.GOV|Prime Minister|hog|2007-04-03|2013-06-26")
L("Abdullah bin Nasser bin Khalifa Al Thani", "Abdullah bin Nasser", "QAT", "GOV",
  "QAT.GOV|Prime Minister|hog|2013-06-26|2020-01-28")
L("Khalid bin Khalifa bin Abdulaziz Al Thani", "Khalid bin Khalifa", "QAT", "GOV",
  "QAT.GOV|Prime Minister|hog|2020-01-28|2023-03-07")
L("Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman;Mohammed bin Abdulrahman", "QAT", "GOV",
  "QAT.GOV|Foreign Minister|min|2016-01-27|", "QAT.GOV|Prime Minister|hog|2023-03-07|")

# Syria
L("Hafez al-Assad", "Hafez Assad;Hafiz al-Asad", "SYR", "GOV", "SYR.GOV|President|hos|1971-03-14|2000-06-10")
L("Abdul Halim Khaddam", "Khaddam", "SYR", "GOV", "SYR.GOV|Acting President|hos|2000-06-10|2000-07-17")
L("Bashar al-Assad", "Assad;Bashar Assad;Bashar al-Asad;al-Assad;President Assad", "SYR", "GOV",
  "SYR.GOV|President|hos|2000-07-17|2024-12-08", note="fled to Moscow 2024-12-08")
L("Maher al-Assad", "Maher Assad", "SYR", "MIL", "SYR.MIL|Commander of the 4th Armoured Division|cmd|2018|2024-12-08")
L("Ahmed al-Sharaa", "al-Sharaa;Sharaa;Abu Mohammad al-Jolani;Abu Mohammed al-Julani;al-Jolani;Jolani;Julani;"
  "Abu Mohammad al-Golani;Ahmad al-Sharaa;Ahmed Hussein al-Sharaa", "SYR", "GOV",
  "group:al-nusra-front|Emir|ldr|2012-01|2016-07-28", "group:hts|Leader|ldr|2017-01-28|2025-01-29",
  "SYR.GOV|De facto leader|hos|2024-12-08|2025-01-29", "SYR.GOV|President|hos|2025-01-29|",
  "SYR.GOV|President|hog|2025-03-29|")
L("Asaad al-Shaibani", "Asaad Hassan al-Shibani;Shaibani", "SYR", "GOV", "SYR.GOV|Foreign Minister|min|2024-12-21|")
L("Muhammad Mustafa Mero", "Mustafa Miro", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2000-03-13|2003-09-10")
L("Muhammad Naji al-Otari", "Naji al-Otari", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2003-09-10|2011-04-14")
L("Adel Safar", "", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2011-04-14|2012-06-23")
L("Riyad Farid Hijab", "Riyad Hijab", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2012-06-23|2012-08-06")
L("Wael Nader al-Halqi", "Wael al-Halqi", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2012-08-09|2016-07-03")
L("Imad Khamis", "", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2016-07-03|2020-06-11")
L("Hussein Arnous", "", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|2020-06-11|2024-09-14")
L("Mohammad Ghazi al-Jalali", "Mohammed Ghazi al-Jalali", "SYR", "GOV",
  "SYR.GOV|Prime Minister|hog|2024-09-14|2024-12-10")
L("Mohammed al-Bashir", "Mohammad al-Bashir", "SYR", "GOV", "SYR.GOV|Caretaker Prime Minister|hog|2024-12-10|2025-03-29")
L("Walid Muallem", "Walid al-Moallem;Walid al-Muallem", "SYR", "GOV", "SYR.GOV|Foreign Minister|min|2006-02-11|2020-11-16")
L("Mazloum Abdi", "Mazloum Kobani;Mazloum Kobani Abdi;Mazlum Abdi;Ferhat Abdi Şahin;General Mazloum", "SYR", "REB",
  "group:sdf|Commander-in-Chief|cmd|2015-10|")
L("Ilham Ahmed", "", "SYR", "PTY", "group:sdc|Co-chair|ldr|2015|")
L("Salih Muslim", "Saleh Muslim", "SYR", "PTY", "group:pyd|Co-chair|ldr|2010|2017")

# Tunisia
L("Zine El Abidine Ben Ali", "Ben Ali;Zine al-Abidine Ben Ali", "TUN", "GOV", "TUN.GOV|President|hos|1987-11-07|2011-01-14")
L("Mohamed Ghannouchi", "", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|1999-11-17|2011-02-27")
L("Fouad Mebazaa", "Mebazaa", "TUN", "GOV", "TUN.GOV|Acting President|hos|2011-01-15|2011-12-13")
L("Moncef Marzouki", "Marzouki", "TUN", "GOV", "TUN.GOV|President|hos|2011-12-13|2014-12-31")
L("Beji Caid Essebsi", "Essebsi;Béji Caïd Essebsi;Beji Caid el-Sebsi", "TUN", "GOV",
  "TUN.GOV|Prime Minister|hog|2011-02-27|2011-12-24", "TUN.GOV|President|hos|2014-12-31|2019-07-25")
L("Mohamed Ennaceur", "Ennaceur", "TUN", "GOV", "TUN.GOV|Acting President|hos|2019-07-25|2019-10-23")
L("Kais Saied", "Saied;Kaïs Saïed;Kais Said", "TUN", "GOV", "TUN.GOV|President|hos|2019-10-23|")
L("Hamadi Jebali", "Jebali", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2011-12-24|2013-03-14")
L("Ali Laarayedh", "Laarayedh", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2013-03-14|2014-01-29")
L("Mehdi Jomaa", "Jomaa", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2014-01-29|2015-02-06")
L("Habib Essid", "Essid", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2015-02-06|2016-08-27")
L("Youssef Chahed", "Chahed", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2016-08-27|2020-02-27")
L("Elyes Fakhfakh", "Fakhfakh", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2020-02-27|2020-09-02")
L("Hichem Mechichi", "Mechichi", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2020-09-02|2021-07-25")
L("Najla Bouden", "Najla Bouden Romdhane", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2021-10-11|2023-08-01")
L("Ahmed Hachani", "Hachani", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2023-08-01|2024-08-07")
L("Kamel Madouri", "Madouri", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2024-08-07|2025-03-20")
L("Sara Zaafrani Zenzri", "Sarra Zaafrani Zenzri", "TUN", "GOV", "TUN.GOV|Prime Minister|hog|2025-03-21|")
L("Rached Ghannouchi", "Ghannouchi", "TUN", "PTY", "group:ennahda|President|ldr|1991|")

# United Arab Emirates
L("Zayed bin Sultan Al Nahyan", "Sheikh Zayed", "ARE", "GOV", "ARE.GOV|President|hos|1971-12-02|2004-11-02")
L("Khalifa bin Zayed Al Nahyan", "Sheikh Khalifa;Khalifa bin Zayed", "ARE", "GOV",
  "ARE.GOV|President|hos|2004-11-03|2022-05-13")
L("Mohamed bin Zayed Al Nahyan", "MBZ;Mohammed bin Zayed;Mohamed bin Zayed;Sheikh Mohamed bin Zayed", "ARE", "GOV",
  "ARE.GOV|Crown Prince of Abu Dhabi|cp|2004-11-03|2022-05-14", "ARE.GOV|President|hos|2022-05-14|")
L("Maktoum bin Rashid Al Maktoum", "", "ARE", "GOV", "ARE.GOV|Prime Minister|hog|1990-10-08|2006-01-04")
L("Mohammed bin Rashid Al Maktoum", "Sheikh Mohammed bin Rashid;Mohammed bin Rashid", "ARE", "GOV",
  "ARE.GOV|Prime Minister|hog|2006-01-05|")
L("Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed;Sheikh Abdullah bin Zayed", "ARE", "GOV",
  "ARE.GOV|Foreign Minister|min|2006-02-09|")

# Yemen
L("Ali Abdullah Saleh", "Ali Abdallah Saleh", "YEM", "GOV", "YEM.GOV|President|hos|1990-05-22|2012-02-27",
  note="killed by the Houthis 2017-12-04")
L("Abdrabbuh Mansur Hadi", "Hadi;Abd Rabbuh Mansur Hadi;Abed Rabbo Mansour Hadi;Mansour Hadi", "YEM", "GOV",
  "YEM.GOV|President|hos|2012-02-27|2022-04-07")
L("Rashad al-Alimi", "Rashad al-Alimi;Alimi", "YEM", "GOV",
  "YEM.GOV|Chairman of the Presidential Leadership Council|hos|2022-04-07|")
L("Abdul Karim al-Iryani", "Abd al-Karim al-Iryani", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|1998-04-29|2001-03-31")
L("Abdul Qadir Bajamal", "Bajamal", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2001-03-31|2007-04-07")
L("Ali Muhammad Mujawar", "Mujawar", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2007-04-07|2011-12-07")
L("Mohammed Basindawa", "Basindawa", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2011-12-07|2014-09-24")
L("Khaled Bahah", "Bahah", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2014-11-09|2016-04-04")
L("Ahmed Obeid bin Daghr", "bin Daghr", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2016-04-04|2018-10-15")
L("Maeen Abdulmalik Saeed", "Maeen Abdulmalik;Maeen Abdulmalek", "YEM", "GOV",
  "YEM.GOV|Prime Minister|hog|2018-10-15|2024-02-05")
L("Ahmad Awad bin Mubarak", "Ahmed Awad bin Mubarak", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2024-02-05|2025-05")
L("Salem bin Breik", "Salem Saleh bin Braik", "YEM", "GOV", "YEM.GOV|Prime Minister|hog|2025-05|")
L("Abdul-Malik al-Houthi", "Abdul Malik al-Houthi;Abdulmalik al-Houthi;Abdel-Malek al-Houthi;Abdul-Malik Badruldeen al-Houthi",
  "YEM", "REB", "group:houthis|Leader|ldr|2004-09-10|")
L("Hussein Badreddin al-Houthi", "Hussein al-Houthi", "YEM", "REB", "group:houthis|Founder|ldr||2004-09-10")
L("Saleh Ali al-Sammad", "Saleh al-Sammad", "YEM", "REB",
  "group:houthis|President of the Supreme Political Council|ldr|2016-08-14|2018-04-19")
L("Mahdi al-Mashat", "Mahdi al-Mashat;Mashat", "YEM", "REB",
  "group:houthis|President of the Supreme Political Council|ldr|2018-04-25|")
L("Mohammed Abdulsalam", "Mohammed Abdul Salam", "YEM", "REB", "group:houthis|Spokesman and chief negotiator|ldr|2015|")
L("Yahya Saree", "Yahya Sarea;Yahya Sare'e", "YEM", "REB", "group:houthis|Military spokesman|ldr|2019|")
L("Aidarus al-Zoubaidi", "Aidarous al-Zubaidi;Aidarus al-Zubaidi;Zoubaidi", "YEM", "REB",
  "group:stc|President|ldr|2017-05-11|")
L("Tareq Saleh", "Tariq Saleh;Tareq Mohammed Abdullah Saleh", "YEM", "MIL", "group:national-resistance-forces|Commander|cmd|2018|")

# Sudan
L("Omar al-Bashir", "Bashir;Omar Hassan al-Bashir;Omar el-Bashir", "SDN", "GOV",
  "SDN.GOV|President|hos|1989-06-30|2019-04-11")
L("Ahmed Awad Ibn Auf", "Ibn Auf;Awad Ibn Auf", "SDN", "MIL",
  "SDN.GOV|Chairman of the Transitional Military Council|hos|2019-04-11|2019-04-12")
L("Abdel Fattah al-Burhan", "Burhan;al-Burhan;Abdel Fattah Burhan;General Burhan;Abdel-Fattah al-Burhan", "SDN", "MIL",
  "SDN.GOV|Chairman of the Transitional Military Council|hos|2019-04-12|2019-08-20",
  "SDN.GOV|Chairman of the Sovereignty Council|hos|2019-08-21|", "SDN.MIL|Commander-in-Chief|cmd|2019-04-12|")
L("Mohamed Hamdan Dagalo", "Hemedti;Hemeti;Mohamed Hamdan Dagalo Musa;Mohammed Hamdan Daglo;Dagalo;Daglo", "SDN", "MIL",
  "SDN.RSF|Commander|cmd|2013|", "SDN.GOV|Deputy Chairman of the Sovereignty Council|dep|2019-08-21|2023-05-19")
L("Abdalla Hamdok", "Hamdok;Abdallah Hamdok", "SDN", "GOV", "SDN.GOV|Prime Minister|hog|2019-08-21|2022-01-02")
L("Kamil Idris", "Kamal Idris", "SDN", "GOV", "SDN.GOV|Prime Minister|hog|2025-05-19|")
L("Abdelaziz al-Hilu", "Abdel Aziz al-Hilu;al-Hilu", "SDN", "REB", "group:splm-n|Leader|ldr|2017|")
L("Minni Minnawi", "Minni Arko Minnawi", "SDN", "REB", "group:sla-mm|Leader|ldr|2006|")
L("Abdul Wahid al-Nur", "Abdel Wahid al-Nur;Abdul Wahid Mohamed al-Nur", "SDN", "REB", "group:sla-aw|Leader|ldr|2006|")

# Acting and interim holders that fill handovers
L("Sifi Ghrieb", "", "DZA", "GOV", "DZA.GOV|Prime Minister|hog|2025-08|")
L("Jay Garner", "", "USA", "GOV",
  "IRQ.GOV|Director of the Office for Reconstruction and Humanitarian Assistance|hos|2003-04-21|2003-05-11")
L("Avraham Burg", "", "ISR", "GOV", "ISR.GOV|Acting President|hos|2000-07-13|2000-08-01")
L("Dalia Itzik", "", "ISR", "GOV", "ISR.GOV|Acting President|hos|2007-01-25|2007-07-15")
L("Mubarak al-Shamikh", "", "LBY", "GOV", "LBY.GOV|Secretary of the General People's Committee|hog|2000|2003-06")
L("Shukri Ghanem", "", "LBY", "GOV", "LBY.GOV|Secretary of the General People's Committee|hog|2003-06|2006-03")
L("Baghdadi Mahmudi", "al-Baghdadi al-Mahmudi", "LBY", "GOV",
  "LBY.GOV|Secretary of the General People's Committee|hog|2006-03|2011-08")
L("Mahmoud Zuabi", "Mahmoud al-Zoubi", "SYR", "GOV", "SYR.GOV|Prime Minister|hog|1987-11-01|2000-03-07")
L("Bakri Hassan Saleh", "", "SDN", "GOV", "SDN.GOV|Prime Minister|hog|2017-03|2018-09")
L("Motazz Moussa", "Mutaz Musa", "SDN", "GOV", "SDN.GOV|Prime Minister|hog|2018-09|2019-02")
L("Mohamed Tahir Ayala", "", "SDN", "GOV", "SDN.GOV|Prime Minister|hog|2019-02|2019-04")
L("Osman Hussein", "", "SDN", "GOV", "SDN.GOV|Acting Prime Minister|hog|2022|2025")
