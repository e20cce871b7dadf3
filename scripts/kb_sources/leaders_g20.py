"""Heads of state and government 2000-2026 of the G20 members and the EU (facts from public record)."""

from _dsl import L

# United States (the president is head of state and of government)
L("Bill Clinton", "William Jefferson Clinton", "USA", "GOV",
  "USA.GOV|President|hos|1993-01-20|2001-01-20")
L("George W. Bush", "Bush;George Bush;George W Bush;Bush Jr.;President Bush", "USA", "GOV",
  "USA.GOV|President|hos|2001-01-20|2009-01-20")
L("Barack Obama", "Obama;Barack Hussein Obama", "USA", "GOV",
  "USA.GOV|President|hos|2009-01-20|2017-01-20")
L("Donald Trump", "Trump;Donald J. Trump;Donald John Trump", "USA", "GOV",
  "USA.GOV|President|hos|2017-01-20|2021-01-20", "USA.GOV|President|hos|2025-01-20|")
L("Joe Biden", "Biden;Joseph Biden;Joseph R. Biden;Joe R. Biden", "USA", "GOV",
  "USA.GOV|Vice President|vp|2009-01-20|2017-01-20", "USA.GOV|President|hos|2021-01-20|2025-01-20")
L("Dick Cheney", "Cheney;Richard Cheney", "USA", "GOV", "USA.GOV|Vice President|vp|2001-01-20|2009-01-20")
L("Mike Pence", "Pence;Michael Pence", "USA", "GOV", "USA.GOV|Vice President|vp|2017-01-20|2021-01-20")
L("Kamala Harris", "Harris", "USA", "GOV", "USA.GOV|Vice President|vp|2021-01-20|2025-01-20")
L("JD Vance", "Vance;J.D. Vance;James David Vance", "USA", "GOV", "USA.GOV|Vice President|vp|2025-01-20|")
L("Colin Powell", "", "USA", "GOV", "USA.GOV|Secretary of State|min|2001-01-20|2005-01-26")
L("Condoleezza Rice", "Condoleezza Rice;Condi Rice", "USA", "GOV",
  "USA.GOV|National Security Advisor|min|2001-01-20|2005-01-26",
  "USA.GOV|Secretary of State|min|2005-01-26|2009-01-20")
L("Hillary Clinton", "Hillary Rodham Clinton;Hillary", "USA", "GOV",
  "USA.GOV|Secretary of State|min|2009-01-21|2013-02-01")
L("John Kerry", "Kerry", "USA", "GOV", "USA.GOV|Secretary of State|min|2013-02-01|2017-02-01")
L("Rex Tillerson", "Tillerson", "USA", "GOV", "USA.GOV|Secretary of State|min|2017-02-01|2018-03-31")
L("Mike Pompeo", "Pompeo;Michael Pompeo", "USA", "GOV",
  "USA.GOV|Director of the CIA|chief|2017-01-23|2018-04-26",
  "USA.GOV|Secretary of State|min|2018-04-26|2021-01-20")
L("Antony Blinken", "Blinken;Tony Blinken", "USA", "GOV", "USA.GOV|Secretary of State|min|2021-01-26|2025-01-20")
L("Marco Rubio", "Rubio", "USA", "GOV", "USA.GOV|Secretary of State|min|2025-01-21|")
L("Donald Rumsfeld", "Rumsfeld", "USA", "GOV", "USA.GOV|Secretary of Defense|min|2001-01-20|2006-12-18")
L("Robert Gates", "Robert M. Gates", "USA", "GOV", "USA.GOV|Secretary of Defense|min|2006-12-18|2011-07-01")
L("Jim Mattis", "Mattis;James Mattis", "USA", "GOV", "USA.GOV|Secretary of Defense|min|2017-01-20|2019-01-01")
L("Mark Esper", "Esper", "USA", "GOV", "USA.GOV|Secretary of Defense|min|2019-07-23|2020-11-09")
L("Lloyd Austin", "Lloyd J. Austin", "USA", "GOV", "USA.GOV|Secretary of Defense|min|2021-01-22|2025-01-20")
L("Pete Hegseth", "Hegseth", "USA", "GOV", "USA.GOV|Secretary of Defense|min|2025-01-25|")
L("John Bolton", "Bolton", "USA", "GOV", "USA.GOV|National Security Advisor|min|2018-04-09|2019-09-10")
L("Steve Witkoff", "Witkoff;Steven Witkoff", "USA", "GOV", "USA.GOV|Special Envoy to the Middle East|min|2025-01-20|")
L("David Petraeus", "Petraeus", "USA", "MIL",
  "USA.MIL|Commander, Multi-National Force - Iraq|cmd|2007-02-10|2008-09-16",
  "USA.GOV|Director of the CIA|chief|2011-09-06|2012-11-09")

# Russia
L("Boris Yeltsin", "Yeltsin", "RUS", "GOV", "RUS.GOV|President|hos|1991-07-10|1999-12-31")
L("Vladimir Putin", "Putin;Vladimir Vladimirovich Putin;Wladimir Putin", "RUS", "GOV",
  "RUS.GOV|Prime Minister|hog|1999-08-16|2000-05-07", "RUS.GOV|President|hos|1999-12-31|2008-05-07",
  "RUS.GOV|Prime Minister|hog|2008-05-08|2012-05-07", "RUS.GOV|President|hos|2012-05-07|")
L("Mikhail Kasyanov", "Kasyanov", "RUS", "GOV", "RUS.GOV|Prime Minister|hog|2000-05-07|2004-02-24")
L("Mikhail Fradkov", "Fradkov", "RUS", "GOV", "RUS.GOV|Prime Minister|hog|2004-03-05|2007-09-12")
L("Viktor Zubkov", "Zubkov", "RUS", "GOV", "RUS.GOV|Prime Minister|hog|2007-09-14|2008-05-07")
L("Dmitry Medvedev", "Medvedev;Dmitri Medvedev", "RUS", "GOV",
  "RUS.GOV|President|hos|2008-05-07|2012-05-07", "RUS.GOV|Prime Minister|hog|2012-05-08|2020-01-16",
  "RUS.GOV|Deputy Chairman of the Security Council|min|2020-01-16|")
L("Mikhail Mishustin", "Mishustin", "RUS", "GOV", "RUS.GOV|Prime Minister|hog|2020-01-16|")
L("Sergei Lavrov", "Lavrov;Sergey Lavrov", "RUS", "GOV", "RUS.GOV|Foreign Minister|min|2004-03-09|")
L("Sergei Shoigu", "Shoigu;Sergey Shoigu", "RUS", "GOV",
  "RUS.GOV|Defence Minister|min|2012-11-06|2024-05-12",
  "RUS.GOV|Secretary of the Security Council|min|2024-05-12|")
L("Andrei Belousov", "Belousov;Andrey Belousov", "RUS", "GOV", "RUS.GOV|Defence Minister|min|2024-05-14|")
L("Valery Gerasimov", "Gerasimov;Valeriy Gerasimov", "RUS", "MIL",
  "RUS.MIL|Chief of the General Staff|cmd|2012-11-09|")
L("Nikolai Patrushev", "Patrushev", "RUS", "GOV",
  "RUS.GOV|Director of the FSB|chief|1999-08-09|2008-05-12",
  "RUS.GOV|Secretary of the Security Council|min|2008-05-12|2024-05-12")
L("Dmitry Peskov", "Peskov", "RUS", "GOV", "RUS.GOV|Kremlin Spokesman|min|2012-05|")
L("Maria Zakharova", "Zakharova", "RUS", "GOV", "RUS.GOV|Foreign Ministry Spokeswoman|min|2015-08|")
L("Ramzan Kadyrov", "Kadyrov", "RUS", "GOV", "RUS.GOV|Head of the Chechen Republic|ldr|2007-02-15|")
L("Alexei Navalny", "Navalny;Aleksei Navalny;Alexey Navalny", "RUS", "OPP",
  "group:anti-corruption-foundation|Founder|fnd|2011|2024-02-16", note="died in prison 2024-02-16")
L("Yevgeny Prigozhin", "Prigozhin;Evgeny Prigozhin;Yevgeny Prigozhin", "RUS", "REB",
  "RUS.WAGNER|Founder|ldr|2014|2023-08-23", note="killed in a plane crash 2023-08-23")
L("Dmitry Utkin", "Utkin", "RUS", "REB", "RUS.WAGNER|Commander|cmd|2014|2023-08-23")

# China (president = head of state; premier = head of government; CCP general secretary = leader)
L("Jiang Zemin", "", "CHN", "GOV", "CHN.GOV|President|hos|1993-03-27|2003-03-15",
  "group:ccp|General Secretary|ldr|1989-06-24|2002-11-15")
L("Hu Jintao", "", "CHN", "GOV", "CHN.GOV|President|hos|2003-03-15|2013-03-14",
  "group:ccp|General Secretary|ldr|2002-11-15|2012-11-15")
L("Xi Jinping", "Xi;Xi Jin Ping", "CHN", "GOV", "CHN.GOV|President|hos|2013-03-14|",
  "group:ccp|General Secretary|ldr|2012-11-15|")
L("Zhu Rongji", "", "CHN", "GOV", "CHN.GOV|Premier|hog|1998-03-17|2003-03-16")
L("Wen Jiabao", "", "CHN", "GOV", "CHN.GOV|Premier|hog|2003-03-16|2013-03-15")
L("Li Keqiang", "", "CHN", "GOV", "CHN.GOV|Premier|hog|2013-03-15|2023-03-11")
L("Li Qiang", "", "CHN", "GOV", "CHN.GOV|Premier|hog|2023-03-11|")
L("Wang Yi", "", "CHN", "GOV", "CHN.GOV|Foreign Minister|min|2013-03-16|2022-12-30",
  "CHN.GOV|Foreign Minister|min|2023-07-25|")
L("Carrie Lam", "Carrie Lam Cheng Yuet-ngor;Lam Cheng Yuet-ngor", "HKG", "GOV",
  "HKG.GOV|Chief Executive|hog|2017-07-01|2022-06-30")
L("John Lee", "John Lee Ka-chiu;Lee Ka-chiu", "HKG", "GOV", "HKG.GOV|Chief Executive|hog|2022-07-01|")
L("Tsai Ing-wen", "Tsai", "TWN", "GOV", "TWN.GOV|President|hos|2016-05-20|2024-05-20")
L("Lai Ching-te", "William Lai", "TWN", "GOV", "TWN.GOV|President|hos|2024-05-20|")
L("Ma Ying-jeou", "", "TWN", "GOV", "TWN.GOV|President|hos|2008-05-20|2016-05-20")
L("Chen Shui-bian", "", "TWN", "GOV", "TWN.GOV|President|hos|2000-05-20|2008-05-20")

# France
L("Jacques Chirac", "Chirac", "FRA", "GOV", "FRA.GOV|President|hos|1995-05-17|2007-05-16")
L("Nicolas Sarkozy", "Sarkozy", "FRA", "GOV", "FRA.GOV|President|hos|2007-05-16|2012-05-15")
L("François Hollande", "Hollande;Francois Hollande", "FRA", "GOV", "FRA.GOV|President|hos|2012-05-15|2017-05-14")
L("Emmanuel Macron", "Macron", "FRA", "GOV", "FRA.GOV|President|hos|2017-05-14|")
L("Lionel Jospin", "Jospin", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|1997-06-02|2002-05-06")
L("Jean-Pierre Raffarin", "Raffarin", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2002-05-06|2005-05-31")
L("Dominique de Villepin", "Villepin", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2005-05-31|2007-05-17")
L("François Fillon", "Fillon", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2007-05-17|2012-05-15")
L("Jean-Marc Ayrault", "Ayrault", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2012-05-15|2014-03-31")
L("Manuel Valls", "Valls", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2014-03-31|2016-12-06")
L("Bernard Cazeneuve", "Cazeneuve", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2016-12-06|2017-05-15")
L("Édouard Philippe", "Edouard Philippe", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2017-05-15|2020-07-03")
L("Jean Castex", "Castex", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2020-07-03|2022-05-16")
L("Élisabeth Borne", "Elisabeth Borne", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2022-05-16|2024-01-09")
L("Gabriel Attal", "Attal", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2024-01-09|2024-09-05")
L("Michel Barnier", "Barnier", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2024-09-05|2024-12-13")
L("François Bayrou", "Bayrou;Francois Bayrou", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2024-12-13|2025-09-09")
L("Sébastien Lecornu", "Lecornu;Sebastien Lecornu", "FRA", "GOV", "FRA.GOV|Prime Minister|hog|2025-09-09|")
L("Marine Le Pen", "Le Pen", "FRA", "PTY", "group:rassemblement-national|Leader|ldr|2011-01-16|2021-09-13")

# Germany (federal president = head of state; chancellor = head of government)
L("Johannes Rau", "Rau", "DEU", "GOV", "DEU.GOV|Federal President|hos|1999-07-01|2004-06-30")
L("Horst Köhler", "Horst Koehler;Kohler", "DEU", "GOV", "DEU.GOV|Federal President|hos|2004-07-01|2010-05-31")
L("Christian Wulff", "Wulff", "DEU", "GOV", "DEU.GOV|Federal President|hos|2010-06-30|2012-02-17")
L("Joachim Gauck", "Gauck", "DEU", "GOV", "DEU.GOV|Federal President|hos|2012-03-18|2017-03-18")
L("Frank-Walter Steinmeier", "Steinmeier", "DEU", "GOV",
  "DEU.GOV|Foreign Minister|min|2005-11-22|2009-10-28", "DEU.GOV|Foreign Minister|min|2013-12-17|2017-01-27",
  "DEU.GOV|Federal President|hos|2017-03-19|")
L("Gerhard Schröder", "Gerhard Schroeder;Schroeder;Schröder", "DEU", "GOV",
  "DEU.GOV|Chancellor|hog|1998-10-27|2005-11-22")
L("Angela Merkel", "Merkel", "DEU", "GOV", "DEU.GOV|Chancellor|hog|2005-11-22|2021-12-08")
L("Olaf Scholz", "Scholz", "DEU", "GOV", "DEU.GOV|Chancellor|hog|2021-12-08|2025-05-06")
L("Friedrich Merz", "Merz", "DEU", "GOV", "DEU.GOV|Chancellor|hog|2025-05-06|")

# United Kingdom (the monarch also reigns over Canada and Australia)
L("Elizabeth II", "Queen Elizabeth;Queen Elizabeth II;Elizabeth the Second", "GBR", "GOV",
  "GBR.GOV|Queen|hos|1952-02-06|2022-09-08", "CAN.GOV|Queen|hos|1952-02-06|2022-09-08",
  "AUS.GOV|Queen|hos|1952-02-06|2022-09-08", slug="queen-elizabeth-ii")
L("Charles III", "King Charles;King Charles III;Prince Charles;Charles, Prince of Wales", "GBR", "GOV",
  "GBR.GOV|King|hos|2022-09-08|", "CAN.GOV|King|hos|2022-09-08|", "AUS.GOV|King|hos|2022-09-08|",
  slug="king-charles-iii")
L("Tony Blair", "Blair", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|1997-05-02|2007-06-27")
L("Gordon Brown", "", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|2007-06-27|2010-05-11")
L("David Cameron", "Cameron", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|2010-05-11|2016-07-13",
  "GBR.GOV|Foreign Secretary|min|2023-11-13|2024-07-05")
L("Theresa May", "", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|2016-07-13|2019-07-24")
L("Boris Johnson", "BoJo", "GBR", "GOV", "GBR.GOV|Foreign Secretary|min|2016-07-13|2018-07-09",
  "GBR.GOV|Prime Minister|hog|2019-07-24|2022-09-06")
L("Liz Truss", "Truss;Elizabeth Truss", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|2022-09-06|2022-10-25")
L("Rishi Sunak", "Sunak", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|2022-10-25|2024-07-05")
L("Keir Starmer", "Starmer;Sir Keir Starmer", "GBR", "GOV", "GBR.GOV|Prime Minister|hog|2024-07-05|")

# Italy
L("Carlo Azeglio Ciampi", "Ciampi", "ITA", "GOV", "ITA.GOV|President|hos|1999-05-18|2006-05-15")
L("Giorgio Napolitano", "Napolitano", "ITA", "GOV", "ITA.GOV|President|hos|2006-05-15|2015-01-14")
L("Sergio Mattarella", "Mattarella", "ITA", "GOV", "ITA.GOV|President|hos|2015-02-03|")
L("Massimo D'Alema", "D'Alema", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|1998-10-21|2000-04-25")
L("Giuliano Amato", "", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2000-04-25|2001-06-11")
L("Silvio Berlusconi", "Berlusconi", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2001-06-11|2006-05-17",
  "ITA.GOV|Prime Minister|hog|2008-05-08|2011-11-16")
L("Romano Prodi", "Prodi", "ITA", "GOV", "org:european-commission|President|pres|1999-09-16|2004-11-22",
  "ITA.GOV|Prime Minister|hog|2006-05-17|2008-05-08")
L("Mario Monti", "Monti", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2011-11-16|2013-04-28")
L("Enrico Letta", "", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2013-04-28|2014-02-22")
L("Matteo Renzi", "Renzi", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2014-02-22|2016-12-12")
L("Paolo Gentiloni", "Gentiloni", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2016-12-12|2018-06-01")
L("Giuseppe Conte", "", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2018-06-01|2021-02-13")
L("Mario Draghi", "Draghi", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2021-02-13|2022-10-22")
L("Giorgia Meloni", "Meloni", "ITA", "GOV", "ITA.GOV|Prime Minister|hog|2022-10-22|")

# Japan (the emperor is head of state)
L("Akihito", "Emperor Akihito", "JPN", "GOV", "JPN.GOV|Emperor|hos|1989-01-07|2019-04-30", slug="emperor-akihito")
L("Naruhito", "Emperor Naruhito", "JPN", "GOV", "JPN.GOV|Emperor|hos|2019-05-01|", slug="emperor-naruhito")
L("Keizo Obuchi", "Obuchi", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|1998-07-30|2000-04-05")
L("Yoshiro Mori", "", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2000-04-05|2001-04-26")
L("Junichiro Koizumi", "Koizumi", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2001-04-26|2006-09-26")
L("Shinzo Abe", "Abe;Shinzō Abe", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2006-09-26|2007-09-26",
  "JPN.GOV|Prime Minister|hog|2012-12-26|2020-09-16")
L("Yasuo Fukuda", "", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2007-09-26|2008-09-24")
L("Taro Aso", "Tarō Asō", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2008-09-24|2009-09-16")
L("Yukio Hatoyama", "Hatoyama", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2009-09-16|2010-06-08")
L("Naoto Kan", "", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2010-06-08|2011-09-02")
L("Yoshihiko Noda", "", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2011-09-02|2012-12-26")
L("Yoshihide Suga", "", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2020-09-16|2021-10-04")
L("Fumio Kishida", "Kishida", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2021-10-04|2024-10-01")
L("Shigeru Ishiba", "Ishiba", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2024-10-01|2025-10-21")
L("Sanae Takaichi", "Takaichi", "JPN", "GOV", "JPN.GOV|Prime Minister|hog|2025-10-21|")

# Canada (head of state: the British monarch, above)
L("Jean Chrétien", "Chretien;Chrétien", "CAN", "GOV", "CAN.GOV|Prime Minister|hog|1993-11-04|2003-12-12")
L("Paul Martin", "", "CAN", "GOV", "CAN.GOV|Prime Minister|hog|2003-12-12|2006-02-06")
L("Stephen Harper", "Harper", "CAN", "GOV", "CAN.GOV|Prime Minister|hog|2006-02-06|2015-11-04")
L("Justin Trudeau", "Trudeau", "CAN", "GOV", "CAN.GOV|Prime Minister|hog|2015-11-04|2025-03-14")
L("Mark Carney", "Carney", "CAN", "GOV", "CAN.GOV|Prime Minister|hog|2025-03-14|")

# Australia (head of state: the British monarch, above)
L("John Howard", "", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|1996-03-11|2007-12-03")
L("Kevin Rudd", "Rudd", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|2007-12-03|2010-06-24",
  "AUS.GOV|Prime Minister|hog|2013-06-27|2013-09-18")
L("Julia Gillard", "Gillard", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|2010-06-24|2013-06-27")
L("Tony Abbott", "", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|2013-09-18|2015-09-15")
L("Malcolm Turnbull", "Turnbull", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|2015-09-15|2018-08-24")
L("Scott Morrison", "", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|2018-08-24|2022-05-23")
L("Anthony Albanese", "Albanese", "AUS", "GOV", "AUS.GOV|Prime Minister|hog|2022-05-23|")

# Argentina
L("Fernando de la Rúa", "De la Rua;Fernando de la Rua", "ARG", "GOV", "ARG.GOV|President|hos|1999-12-10|2001-12-21")
L("Adolfo Rodríguez Saá", "Rodriguez Saa", "ARG", "GOV", "ARG.GOV|President|hos|2001-12-23|2001-12-30")
L("Eduardo Duhalde", "Duhalde", "ARG", "GOV", "ARG.GOV|President|hos|2002-01-02|2003-05-25")
L("Néstor Kirchner", "Nestor Kirchner", "ARG", "GOV", "ARG.GOV|President|hos|2003-05-25|2007-12-10")
L("Cristina Fernández de Kirchner", "Cristina Kirchner;Cristina Fernandez de Kirchner;Cristina Fernandez;CFK",
  "ARG", "GOV", "ARG.GOV|President|hos|2007-12-10|2015-12-10",
  "ARG.GOV|Vice President|vp|2019-12-10|2023-12-10")
L("Mauricio Macri", "Macri", "ARG", "GOV", "ARG.GOV|President|hos|2015-12-10|2019-12-10")
L("Alberto Fernández", "Alberto Fernandez", "ARG", "GOV", "ARG.GOV|President|hos|2019-12-10|2023-12-10")
L("Javier Milei", "Milei", "ARG", "GOV", "ARG.GOV|President|hos|2023-12-10|")

# Brazil
L("Fernando Henrique Cardoso", "Cardoso;FHC", "BRA", "GOV", "BRA.GOV|President|hos|1995-01-01|2003-01-01")
L("Luiz Inácio Lula da Silva", "Lula;Lula da Silva;Luiz Inacio Lula da Silva;Luis Inacio Lula da Silva",
  "BRA", "GOV", "BRA.GOV|President|hos|2003-01-01|2011-01-01", "BRA.GOV|President|hos|2023-01-01|",
  slug="lula-da-silva")
L("Dilma Rousseff", "Rousseff;Dilma", "BRA", "GOV", "BRA.GOV|President|hos|2011-01-01|2016-08-31")
L("Michel Temer", "Temer", "BRA", "GOV", "BRA.GOV|President|hos|2016-08-31|2019-01-01")
L("Jair Bolsonaro", "Bolsonaro", "BRA", "GOV", "BRA.GOV|President|hos|2019-01-01|2023-01-01")

# Mexico
L("Ernesto Zedillo", "Zedillo", "MEX", "GOV", "MEX.GOV|President|hos|1994-12-01|2000-11-30")
L("Vicente Fox", "", "MEX", "GOV", "MEX.GOV|President|hos|2000-12-01|2006-11-30")
L("Felipe Calderón", "Felipe Calderon;Calderón;Calderon", "MEX", "GOV", "MEX.GOV|President|hos|2006-12-01|2012-11-30")
L("Enrique Peña Nieto", "Enrique Pena Nieto;Peña Nieto;Pena Nieto;EPN", "MEX", "GOV",
  "MEX.GOV|President|hos|2012-12-01|2018-11-30")
L("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador;AMLO", "MEX", "GOV",
  "MEX.GOV|President|hos|2018-12-01|2024-09-30")
L("Claudia Sheinbaum", "Sheinbaum", "MEX", "GOV", "MEX.GOV|President|hos|2024-10-01|")

# India (president = head of state; prime minister = head of government)
L("K. R. Narayanan", "K.R. Narayanan;Kocheril Raman Narayanan", "IND", "GOV",
  "IND.GOV|President|hos|1997-07-25|2002-07-25")
L("A. P. J. Abdul Kalam", "Abdul Kalam;APJ Abdul Kalam;A.P.J. Abdul Kalam", "IND", "GOV",
  "IND.GOV|President|hos|2002-07-25|2007-07-25")
L("Pratibha Patil", "", "IND", "GOV", "IND.GOV|President|hos|2007-07-25|2012-07-25")
L("Pranab Mukherjee", "", "IND", "GOV", "IND.GOV|President|hos|2012-07-25|2017-07-25")
L("Ram Nath Kovind", "Kovind", "IND", "GOV", "IND.GOV|President|hos|2017-07-25|2022-07-25")
L("Droupadi Murmu", "Murmu", "IND", "GOV", "IND.GOV|President|hos|2022-07-25|")
L("Atal Bihari Vajpayee", "Vajpayee", "IND", "GOV", "IND.GOV|Prime Minister|hog|1998-03-19|2004-05-22")
L("Manmohan Singh", "", "IND", "GOV", "IND.GOV|Prime Minister|hog|2004-05-22|2014-05-26")
L("Narendra Modi", "Modi", "IND", "GOV", "IND.GOV|Prime Minister|hog|2014-05-26|")
L("Rahul Gandhi", "", "IND", "PTY", "group:indian-national-congress|President|ldr|2017-12-16|2019-07-03")

# Indonesia
L("Abdurrahman Wahid", "Gus Dur", "IDN", "GOV", "IDN.GOV|President|hos|1999-10-20|2001-07-23")
L("Megawati Sukarnoputri", "Megawati", "IDN", "GOV", "IDN.GOV|President|hos|2001-07-23|2004-10-20")
L("Susilo Bambang Yudhoyono", "Yudhoyono;SBY", "IDN", "GOV", "IDN.GOV|President|hos|2004-10-20|2014-10-20")
L("Joko Widodo", "Jokowi;Widodo", "IDN", "GOV", "IDN.GOV|President|hos|2014-10-20|2024-10-20")
L("Prabowo Subianto", "Prabowo", "IDN", "GOV", "IDN.GOV|President|hos|2024-10-20|")

# South Africa
L("Nelson Mandela", "Mandela;Madiba", "ZAF", "GOV", "ZAF.GOV|President|hos|1994-05-10|1999-06-14")
L("Thabo Mbeki", "Mbeki", "ZAF", "GOV", "ZAF.GOV|President|hos|1999-06-14|2008-09-24")
L("Kgalema Motlanthe", "Motlanthe", "ZAF", "GOV", "ZAF.GOV|President|hos|2008-09-25|2009-05-09")
L("Jacob Zuma", "Zuma", "ZAF", "GOV", "ZAF.GOV|President|hos|2009-05-09|2018-02-14")
L("Cyril Ramaphosa", "Ramaphosa", "ZAF", "GOV", "ZAF.GOV|President|hos|2018-02-15|")

# South Korea (president = head of state; prime minister = head of government)
L("Kim Dae-jung", "Kim Dae Jung", "KOR", "GOV", "KOR.GOV|President|hos|1998-02-25|2003-02-24")
L("Roh Moo-hyun", "Roh Moo Hyun", "KOR", "GOV", "KOR.GOV|President|hos|2003-02-25|2008-02-24")
L("Lee Myung-bak", "Lee Myung Bak", "KOR", "GOV", "KOR.GOV|President|hos|2008-02-25|2013-02-24")
L("Park Geun-hye", "Park Geun Hye", "KOR", "GOV", "KOR.GOV|President|hos|2013-02-25|2017-03-10")
L("Hwang Kyo-ahn", "Hwang Kyo Ahn", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2015-06-18|2017-05-11",
  "KOR.GOV|Acting President|hos|2017-03-10|2017-05-10")
L("Moon Jae-in", "Moon Jae In", "KOR", "GOV", "KOR.GOV|President|hos|2017-05-10|2022-05-09")
L("Yoon Suk Yeol", "Yoon Suk-yeol;Yoon", "KOR", "GOV", "KOR.GOV|President|hos|2022-05-10|2025-04-04")
L("Han Duck-soo", "Han Duck Soo", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2007-04|2008-02",
  "KOR.GOV|Prime Minister|hog|2022-05-21|2025-05-01", "KOR.GOV|Acting President|hos|2025-03-24|2025-05-01")
L("Choi Sang-mok", "Choi Sang Mok", "KOR", "GOV", "KOR.GOV|Acting President|hos|2024-12-27|2025-03-24")
L("Lee Ju-ho", "Lee Ju Ho", "KOR", "GOV", "KOR.GOV|Acting President|hos|2025-05-02|2025-06-04")
L("Lee Jae-myung", "Lee Jae Myung", "KOR", "GOV", "KOR.GOV|President|hos|2025-06-04|")
L("Goh Kun", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2003-02|2004-05")
L("Lee Hae-chan", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2004-06|2006-03")
L("Han Myeong-sook", "Han Myung-sook", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2006-04|2007-03")
L("Han Seung-soo", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2008-02|2009-09")
L("Chung Un-chan", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2009-09|2010-08")
L("Kim Hwang-sik", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2010-10|2013-02")
L("Chung Hong-won", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2013-02|2015-02")
L("Lee Nak-yon", "Lee Nak-yeon", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2017-05|2020-01")
L("Chung Sye-kyun", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2020-01|2021-04")
L("Kim Boo-kyum", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2021-05|2022-05")
L("Kim Min-seok", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2025-07|")

# Turkey (parliamentary until 2018-07-09, then executive presidency)
L("Süleyman Demirel", "Suleyman Demirel;Demirel", "TUR", "GOV", "TUR.GOV|President|hos|1993-05-16|2000-05-16")
L("Ahmet Necdet Sezer", "Necdet Sezer;Sezer", "TUR", "GOV", "TUR.GOV|President|hos|2000-05-16|2007-08-28")
L("Abdullah Gül", "Abdullah Gul", "TUR", "GOV", "TUR.GOV|Prime Minister|hog|2002-11-18|2003-03-14",
  "TUR.GOV|President|hos|2007-08-28|2014-08-28")
L("Recep Tayyip Erdoğan", "Erdogan;Erdoğan;Recep Tayyip Erdogan;Tayyip Erdogan", "TUR", "GOV",
  "TUR.GOV|Prime Minister|hog|2003-03-14|2014-08-28", "TUR.GOV|President|hos|2014-08-28|",
  "TUR.GOV|President|hog|2018-07-09|", "group:akp|Chairman|ldr|2001-08-14|2014-08-27",
  "group:akp|Chairman|ldr|2017-05-21|", slug="recep-tayyip-erdogan")
L("Bülent Ecevit", "Bulent Ecevit;Ecevit", "TUR", "GOV", "TUR.GOV|Prime Minister|hog|1999-05-28|2002-11-18")
L("Ahmet Davutoğlu", "Ahmet Davutoglu;Davutoglu;Davutoğlu", "TUR", "GOV",
  "TUR.GOV|Prime Minister|hog|2014-08-28|2016-05-24")
L("Binali Yıldırım", "Binali Yildirim;Yildirim", "TUR", "GOV", "TUR.GOV|Prime Minister|hog|2016-05-24|2018-07-09")
L("Hakan Fidan", "Fidan", "TUR", "GOV", "TUR.GOV|Head of MIT|chief|2010-05-27|2023-06-03",
  "TUR.GOV|Foreign Minister|min|2023-06-04|")
L("Ekrem İmamoğlu", "Ekrem Imamoglu;Imamoglu;İmamoğlu", "TUR", "OPP", "group:chp|Mayor of Istanbul|ldr|2019|")
L("Kemal Kılıçdaroğlu", "Kemal Kilicdaroglu;Kilicdaroglu", "TUR", "PTY", "group:chp|Chairman|ldr|2010-05-22|2023-11-05")
L("Özgür Özel", "Ozgur Ozel", "TUR", "PTY", "group:chp|Chairman|ldr|2023-11-05|")
L("Devlet Bahçeli", "Devlet Bahceli;Bahceli", "TUR", "PTY", "group:mhp|Chairman|ldr|1997-07-06|")
L("Selahattin Demirtaş", "Selahattin Demirtas;Demirtas", "TUR", "PTY", "group:hdp|Co-chair|ldr|2014-06-22|2018-02-11")

# European Union
L("José Manuel Barroso", "Jose Manuel Barroso;Barroso;José Manuel Durão Barroso", "PRT", "GOV",
  "PRT.GOV|Prime Minister|hog|2002-04-06|2004-07-17",
  "org:european-commission|President|pres|2004-11-22|2014-10-31")
L("Jean-Claude Juncker", "Juncker", "LUX", "GOV", "LUX.GOV|Prime Minister|hog|1995-01-20|2013-12-04",
  "org:european-commission|President|pres|2014-11-01|2019-11-30")
L("Ursula von der Leyen", "von der Leyen;Von der Leyen", "DEU", "GOV",
  "DEU.GOV|Defence Minister|min|2013-12-17|2019-07-17",
  "org:european-commission|President|pres|2019-12-01|")
L("Herman Van Rompuy", "Van Rompuy", "BEL", "GOV", "BEL.GOV|Prime Minister|hog|2008-12-30|2009-11-25",
  "org:european-council|President|pres|2009-12-01|2014-11-30")
L("Donald Tusk", "Tusk", "POL", "GOV", "POL.GOV|Prime Minister|hog|2007-11-16|2014-09-22",
  "org:european-council|President|pres|2014-12-01|2019-11-30", "POL.GOV|Prime Minister|hog|2023-12-13|")
L("Charles Michel", "", "BEL", "GOV", "BEL.GOV|Prime Minister|hog|2014-10-11|2019-10-27",
  "org:european-council|President|pres|2019-12-01|2024-11-30")
L("António Costa", "Antonio Costa", "PRT", "GOV", "PRT.GOV|Prime Minister|hog|2015-11-26|2024-04-02",
  "org:european-council|President|pres|2024-12-01|")
L("Javier Solana", "Solana", "ESP", "GOV", "org:nato|Secretary General|sg|1995-12-05|1999-10-06",
  "org:eu|High Representative for Foreign Policy|min|1999-10-18|2009-11-30")
L("Catherine Ashton", "Ashton;Baroness Ashton", "GBR", "GOV",
  "org:eu|High Representative for Foreign Affairs|min|2009-12-01|2014-10-31")
L("Federica Mogherini", "Mogherini", "ITA", "GOV",
  "org:eu|High Representative for Foreign Affairs|min|2014-11-01|2019-11-30")
L("Josep Borrell", "Borrell", "ESP", "GOV",
  "org:eu|High Representative for Foreign Affairs|min|2019-12-01|2024-11-30")
L("Kaja Kallas", "Kallas", "EST", "GOV", "EST.GOV|Prime Minister|hog|2021-01-26|2024-07-23",
  "org:eu|High Representative for Foreign Affairs|min|2024-12-01|")

# Acting and interim holders that fill handovers
L("Ramón Puerta", "Ramon Puerta", "ARG", "GOV", "ARG.GOV|Acting President|hos|2001-12-21|2001-12-23")
L("Eduardo Camaño", "Eduardo Camano", "ARG", "GOV", "ARG.GOV|Acting President|hos|2001-12-30|2002-01-01")
L("Jens Böhrnsen", "Jens Boehrnsen", "DEU", "GOV", "DEU.GOV|Acting Federal President|hos|2010-05-31|2010-06-30")
L("Horst Seehofer", "Seehofer", "DEU", "GOV", "DEU.GOV|Acting Federal President|hos|2012-02-17|2012-03-18",
  "DEU.GOV|Interior Minister|min|2018-03-14|2021-12-08")
L("Pietro Grasso", "", "ITA", "GOV", "ITA.GOV|Acting President|hos|2015-01-14|2015-02-03")
L("Viktor Khristenko", "Khristenko", "RUS", "GOV", "RUS.GOV|Acting Prime Minister|hog|2004-02-24|2004-03-05")
L("Lee Han-dong", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2000-06|2002-07")
L("Kim Suk-soo", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2002-10|2003-02")
L("Lee Wan-koo", "", "KOR", "GOV", "KOR.GOV|Prime Minister|hog|2015-02|2015-04")
