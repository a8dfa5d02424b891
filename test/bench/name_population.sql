-- test/bench/name_population.sql - the generated population of
-- bench_name_index.sh: a table people(id, name, name_tl) of :rows persons.
--
-- psql variables: rows, population ('longtail' or 'lists').
--
-- Each script has a list of given and of family names, drawn as
-- list[1 + floor(n * random() ^ a)]: the first entries far more often than
-- the last, the first with probability (1/n)^(1/a).
--
-- 'lists' (the population of the first measurements): ~30 real names per
-- list and a = 2.2, so the first name of every list is borne by 21% of its
-- script's people (every fifth Russian an Иванов, every fifth Arab a
-- محمد with the family name الحسني).  Real name frequencies are long-tailed.
--
-- (Rows are drawn by joins since 2026-11-29: the same distribution as the
-- results files made before, not the same draw.)
--
-- 'longtail' (the default): the same real names head each list, followed by
-- a tail of names composed from name-building parts of the script (Slavic
-- roots and -ов/-енко endings, Arabic roots in the فاعل / فعيل / مفعول
-- patterns, English -ton/-ley surnames, Vietnamese middle + given name
-- pairs, two-character Chinese given names, two-syllable Korean given
-- names ...), and a is set per list so that its first name has a share close
-- to published figures: about a fifth of Koreans are Kim, a third of
-- Vietnamese Nguyễn (../shared/reference/names.md counts 31%), 7% of Chinese
-- Wang, 3% of Spaniards García, 1 to 1.5% of Russians, English, Germans,
-- Greeks and Turks bear their country's most common surname; the most
-- common given name 1 to 8% depending on the script.  The shares are
-- approximations chosen to resemble those figures, not census data.
SELECT :'population' IN ('longtail', 'lists') AS population_ok \gset
\if :population_ok
\else
\echo 'population must be longtail or lists'
\quit
\endif

DROP TABLE IF EXISTS people, name_lists;
CREATE TABLE name_lists (script text, weight int, given text[], family text[],
	top_given float8, top_family float8);
INSERT INTO name_lists VALUES
 ('cyrillic', 14,
  '{Александр,Сергей,Дмитрий,Андрей,Алексей,Иван,Елена,Ольга,Наталья,Татьяна,Анна,Мария,Юрий,Владимир,Николай,Михаил,Евгений,Ирина,Светлана,Юлия,Олег,Игорь,Павел,Виктор,Оксана,Богдан,Ярослав,Ксения,Всеволод,Любовь}',
  '{Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов,Новиков,Федоров,Морозов,Волков,Алексеев,Лебедев,Семенов,Егоров,Павлов,Козлов,Степанов,Николаев,Шевченко,Коваленко,Бондаренко,Ткаченко,Щербаков,Воробьёв,Зайцев,Юдин,Подъячев,Григоренко}',
  0.05, 0.015),
 ('arabic', 10,
  '{محمد,أحمد,علي,حسن,حسين,محمود,عمر,يوسف,إبراهيم,خالد,فاطمة,عائشة,خديجة,مريم,زينب,عبدالله,مصطفى,سعيد,طارق,كريم,ليلى,نور,رشيد,سمير,هشام,وليد,ياسين,جمال,ناصر,منصور}',
  '{الحسني,حداد,السيد,عبدالرحمن,مبارك,الخطيب,حسين,العلي,الشمري,القحطاني,العتيبي,الزهراني,المصري,نصار,خليل,سليمان,عثمان,الهاشمي,البغدادي,التميمي,الجبوري,الدوري,عيسى,موسى,درويش,صالح,يعقوب,حمدان,شاهين,عوض}',
  0.08, 0.015),
 ('arabic_latin', 10,
  '{MOHAMMED,MOHAMED,MUHAMMAD,AHMED,ALI,HASSAN,HUSSEIN,OMAR,YOUSSEF,IBRAHIM,KHALED,FATIMA,AISHA,KHADIJA,MARYAM,ABDULLAH,MUSTAFA,SAID,TAREK,KARIM,LEILA,NOUR,RACHID,SAMIR,HICHAM,WALID,YASSINE,DJAMEL,NASSER,MANSOUR}',
  '{HASSAN,HUSSEIN,ABDULLAH,AL HASHIMI,EL SAYED,MANSOUR,KHAN,BENALI,BOUZID,HADDAD,KHALIL,SALEH,AL SHAMMARI,AL QAHTANI,BIN LADEN,ABDEL NASSER,MESSAOUDI,BELKACEM,CHERIF,AMRANI,TAZI,BENNANI,ALAOUI,IDRISSI,FASSI,KADIRI,SAIDI,ZIANI,HAMDI,OTHMAN}',
  0.08, 0.015),
 ('english', 12,
  '{James,John,Robert,Michael,William,David,Mary,Patricia,Jennifer,Linda,Elizabeth,Sarah,Thomas,Charles,Daniel,Matthew,Anthony,Mark,Emily,Jessica,Ashley,Olivia,Emma,Sophia,Liam,Noah,Ethan,Mason,Logan,Lucas}',
  '{Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,Martin,Lee,Thompson,White,Harris,Clark,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Green,Baker,O''Connor}',
  0.025, 0.01),
 ('german', 8,
  '{Jörg,Jürgen,Günter,Klaus,Hans,Peter,Wolfgang,Michael,Thomas,Andreas,Stefan,Sabine,Ursula,Monika,Petra,Renate,Anneliese,Björn,Søren,Åsa,Lukas,Leon,Finn,Mia,Hannah,Lena,Jonas,Felix,Lea,Maximilian}',
  '{Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Jansen,van der Berg,de Vries,Nielsen,Johansson}',
  0.015, 0.01),
 ('spanish', 8,
  '{José,Juan,Antonio,Manuel,Francisco,Luis,Javier,Carlos,María,Carmen,Ana,Isabel,Laura,Lucía,Sofía,Pedro,Miguel,Ángel,Rafael,Fernando,Jorge,Alberto,Pablo,Sergio,Elena,Rosa,Paula,Marta,Cristina,Raquel}',
  '{García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,Serrano,Blanco,Molina}',
  0.04, 0.03),
 ('vietnamese', 10,
  '{Văn Anh,Thị Lan,Văn Hùng,Thị Hương,Minh,Đức,Hoàng Nam,Thu Trang,Quang,Ngọc Ánh,Văn Minh,Thị Mai,Tuấn,Hải,Hùng,Dũng,Thị Hoa,Thanh,Phương,Linh,Văn Đức,Thị Thu,Huy,Long,Khánh,Bảo,Tâm,Thảo,Nhung,Yến}',
  '{Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Trương,Lâm,Mai,Trịnh,Đoàn,Tạ,Cao,Hà,Lương,Chu,Tôn,Quách,Kiều}',
  0.02, 0.33),
 ('chinese', 8,
  '{伟,芳,娜,秀英,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,明,超,秀兰,霞,平,刚,桂英,志伟,泽东,小平,建国,红,晓明,海}',
  '{王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,高,林,罗,郑,梁,谢,宋,唐,许,韩,冯,邓,曾}',
  0.005, 0.07),
 ('korean', 4,
  '{민준,서연,지훈,지민,서준,하은,도윤,수빈,예준,지우,정은,지성,현우,민서,유진,동현,수진,은지,준호,혜진}',
  '{김,이,박,최,정,강,조,윤,장,임,한,오,서,신,권,황,안,송,류,홍}',
  0.01, 0.21),
 ('greek', 4,
  '{Γεώργιος,Ευάγγελος,Μαρία,Δημήτριος,Ελένη,Κωνσταντίνος,Νικόλαος,Σοφία,Ιωάννης,Αικατερίνη,Παναγιώτης,Βασίλειος,Χρήστος,Αθανάσιος,Δέσποινα,Ευθύμιος}',
  '{Παπαδόπουλος,Βενιζέλος,Οικονόμου,Γεωργίου,Νικολάου,Καραγιάννης,Παππάς,Αθανασίου,Βλάχος,Αντωνίου,Ιωάννου,Μακρής,Δημητρίου,Γκολφινόπουλος,Πετρόπουλος,Χριστοδούλου}',
  0.08, 0.01),
 ('khmer', 3,
  '{សែន,សុភាព,ចន្ថា,សំផន,សារី,ម៉ាណែត,សុខា,ធីតា,សុខ,ចាន់,ស្រីពៅ,វណ្ណា}',
  '{ហ៊ុន,នួន,ខៀវ,កឹម,ឈឹម,ព្រាប,កែវ,ទៀ,សុខ,ចាន់,អៀង,ហេង}',
  0.03, 0.05),
 ('turkish', 5,
  '{Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,Fatma,Ayşe,Emine,Hatice,Zeynep,Elif,Murat,Ömer,Yusuf,Emre,Burak,Özlem,Şükrü}',
  '{Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Kara,Koç,Kurt,Özkan,Şimşek}',
  0.04, 0.015);

-- Every a || sep || b for a in as_, b in bs, the commonest parts first
-- (ordered by the product of their positions), without the names in head.
CREATE FUNCTION pg_temp.compose(head text[], as_ text[], bs text[], sep text DEFAULT '')
RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
	SELECT array_agg(n ORDER BY r, n) FROM (
		SELECT a || sep || b AS n, min(i * j) AS r
		FROM unnest(as_) WITH ORDINALITY x(a, i), unnest(bs) WITH ORDINALITY y(b, j)
		GROUP BY a || sep || b) c
	WHERE n <> ALL (head)
$$;

-- Arabic roots of three distinct consonants in a pattern (C1, C2, C3 are
-- replaced), in a fixed pseudo-random order.
CREATE FUNCTION pg_temp.arabic(head text[], patterns text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
	SELECT array_agg(n ORDER BY md5(n)) FROM (
		SELECT DISTINCT replace(replace(replace(p, 'C1', c1), 'C2', c2), 'C3', c3) AS n
		FROM unnest(patterns) p,
			unnest('{ب,ح,د,ر,ز,س,ش,ص,ع,ف,ق,ك,ل,م,ن,ه,ج,ط}'::text[]) c1,
			unnest('{ب,ح,د,ر,ز,س,ش,ص,ع,ف,ق,ك,ل,م,ن,ه,ج,ط}'::text[]) c2,
			unnest('{ب,ح,د,ر,ز,س,ش,ص,ع,ف,ق,ك,ل,م,ن,ه,ج,ط}'::text[]) c3
		WHERE c1 <> c2 AND c2 <> c3 AND c1 <> c3) c
	WHERE n <> ALL (head)
$$;

SELECT :'population' = 'longtail' AS longtail \gset
\if :longtail
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Бор,Влад,Мир,Свят,Рад,Стан,Яр,Люд,Вяч,Все,Мил,Добр,Гор,Слав,Драг,Вит,Тих,Ост,Брат,Мечи}',
		'{ислав,имир,ослав,омир,ан,ий,ина,ана,ослава,ислава}'),
	family = family || pg_temp.compose(family,
		'{Бел,Гор,Вол,Рыб,Мед,Кор,Сок,Лис,Бар,Гал,Мал,Тит,Жук,Ков,Сух,Зуб,Чер,Руд,Кос,Бур,Дуб,Лыс,Сор,Крут,Мор,Пан,Сем,Фом,Хар,Шил,Щег,Ябл,Глад,Дроз,Ерм,Жар,Зим,Иль,Прох,Тарас}',
		'{ов,ев,ин,ский,енко,ук,чук,ович,ых,ицкий,аев,унов,ашов,анов,ушкин}')
WHERE script = 'cyrillic';
UPDATE name_lists SET
	given = given || pg_temp.arabic(given, '{C1اC2C3,C1C2يC3,C1C2اC3,مC1C2وC3,C1C2C3}'),
	family = family || pg_temp.arabic(family, '{الC1C2C3ي,الC1اC2C3,C1C2اC3ة,بنC1C2يC3,الC1C2يC3}')
WHERE script = 'arabic';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{A,BA,DJA,FA,HA,JA,KA,KHA,MA,NA,RA,SA,SHA,TA,WA,YA,ZA,HI,NOU,SOU}',
		'{DIL,MIR,SIM,LIL,HID,BIR,SAN,RIF,ZIZ,LAL,NAN,HIM,KIR,DAN,SIR,TAM,MED,LEM}'),
	family = family || pg_temp.compose(family,
		'{AL,EL,BEN,ABU}',
		'{HAMDAN,KASSEM,NAJJAR,SAYEGH,MASRI,HALABI,ZAHRANI,TAHA,KHATIB,OBEIDI,DOURI,SAADI,RIFAI,BAKRI,JABRI,KARMI,NABULSI,SHAMI,TAMIMI,ZOUBI,ANSARI,HAKIM,QASIM,RASHED,SABBAGH,TAWIL,YASIN,HADDAD,FARES,GHANEM}', ' ')
		|| pg_temp.compose(family,
		'{BEN,BOU,MES,BEL,CHER,HAM,KAD,SAL,TAH,ZIT}',
		'{ALI,AOUI,ANI,OUDI,KACEM,AISSA,HADJ,SLIMANE,AMAR,MANSOUR}')
WHERE script = 'arabic_latin';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Al,Ber,Bren,Cal,Dal,Der,El,Fin,Gar,Har,Jar,Kel,Lan,Mar,Nor,Os,Per,Ran,Shel,Tor,Wal,Wes}',
		'{an,en,ton,ley,ric,vin,ard,ie,a,ette,ina,ald,by,don}'),
	family = family || pg_temp.compose(family,
		'{Ash,Black,Brad,Brook,Bur,Chad,Cran,Dun,East,Fair,Fox,Gold,Green,Hal,Hart,Hol,Kings,Lang,Mid,North,Oak,Pen,Red,Rock,Rad,Shel,Stan,Thorn,West,White,Wood,Wy}',
		'{ton,ford,ley,wood,field,well,by,ham,man,son,worth,bury,hurst,stead,dale,ridge}')
WHERE script = 'english';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Adal,Bern,Diet,Eber,Ger,Gott,Hart,Her,Hil,Ing,Kuni,Lieb,Lud,Mein,Ort,Rein,Sieg,Ul,Wil,Wolf}',
		'{hard,bert,mar,frid,win,helm,gard,run,trud,old,rich,mund}'),
	family = family || pg_temp.compose(family,
		'{Acker,Bach,Berg,Brand,Busch,Eich,Feld,Gold,Groß,Hagen,Heil,Hof,Holz,Horn,Kirch,Lind,Mohr,Ober,Ross,Sand,Stein,Wald,Weiß,Winter,Zimmer,Kess,Roth,Schön}',
		'{mann,er,berg,stein,feld,bauer,meier,hofer,ling,hardt,bach,huber,müller,reiter}')
WHERE script = 'german';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Adri,Aure,Celes,Dami,Emili,Fabi,Gabri,Ignaci,Jacint,Lauren,Leandr,Marcel,Octav,Patrici,Rodolf,Sebasti,Valent,Vicent,Cipri,Florenci}',
		'{o,a,ano,ana,ino,ina}'),
	family = family || pg_temp.compose(family,
		'{Al,Bar,Cab,Cal,Cam,Car,Cas,Cor,Del,Es,Fer,Gal,Gar,Guer,Her,Lor,Mar,Mend,Mor,Nav,Or,Pas,Pe,Quin,Ri,Sal,San,Sol,Tor,Val,Ver,Vi}',
		'{ero,ado,illo,ares,eda,eira,ano,ez,era,ales,uela,oza}')
WHERE script = 'spanish';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Văn,Thị,Minh,Thanh,Hoàng,Ngọc,Quốc,Đức,Quang,Anh,Hữu,Xuân,Thu,Kim,Bảo,Gia,Hồng,Công,Đình,Trọng}',
		'{Anh,Huy,Tuấn,Duy,Nam,Minh,Dũng,Hiếu,Đạt,Cường,Hùng,Tùng,Sơn,Thành,Lan,Hương,Mai,Hoa,Trang,Linh,Thảo,Nhung,Yến,Phương,Hà,Vy,Trâm,Quân,Khoa,Phúc,Long,Hải,Bình,Tâm,Lộc,Thắng,Vinh,Hạnh,Nga,Tú}', ' ')
WHERE script = 'vietnamese';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{伟,芳,明,华,建,国,志,文,玉,红,金,海,小,晓,丽,秀,春,德,永,俊,嘉,子,宇,欣,雨,婷,浩,博,思,佳,天,一,家,乐,心,安,宁,平,涛,辉}',
		'{伟,芳,明,华,建,国,志,文,玉,红,金,海,小,晓,丽,秀,春,德,永,俊,嘉,子,宇,欣,雨,婷,浩,博,思,佳,天,一,家,乐,心,安,宁,平,涛,辉}'),
	family = family || '{肖,田,董,袁,潘,于,蒋,蔡,余,杜,叶,程,苏,魏,吕,丁,任,沈,姚,卢,姜,崔,钟,谭,陆,汪,范,金,石,廖,贾,夏,韦,付,方,白,邹,孟,熊,秦,邱,江,尹,薛,闫,段,雷,侯,龙,史}'::text[]
WHERE script = 'chinese';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{민,서,지,준,현,수,은,예,도,하,유,정,성,재,영,혜,동,우,진,윤,태,상,소,희,경}',
		'{민,서,지,준,현,수,은,예,도,하,유,정,성,재,영,혜,동,우,진,윤,태,상,소,희,경}'),
	family = family || '{문,양,손,배,백,허,유,남,심,노,하,곽,성,차,주,우,구,민,진,나}'::text[]
WHERE script = 'korean';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Αλέξ,Θεόδ,Σταύρ,Λεόντ,Φίλ,Χαράλ,Πέτρ,Σπύρ,Ανδρ,Μιχ,Αρίστ,Ευστ,Κλε,Μελ,Νικηφ,Παντ,Στεφ,Τιμ,Φωτ,Χρυσ}',
		'{ος,ης,ας,α,η,ίνα,ούλα,άκης}'),
	family = family || pg_temp.compose(family,
		'{Παπαδ,Γεωργ,Δημητρ,Κωνσταντ,Νικολ,Ιωανν,Αντων,Βασιλ,Μιχαλ,Σταυρ,Θεοδωρ,Χριστ,Αλεξ,Καρ,Μαυρ,Λαμπρ,Σπυρ,Πετρ,Ζαχαρ,Τσακ}',
		'{όπουλος,ίδης,άκης,ίου,άτος,έας,ιάδης,ούδης}')
WHERE script = 'greek';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{សុ,ចាន់,ស្រី,វណ្ណ,ពិ,ធា,រតន,សំ,បុ,ដា,មុនី,សុខ}',
		'{ភា,ខា,រី,ថា,ណា,រ៉ា,និត,ផល,ពៅ,លីន,វី,ដា}'),
	family = family || '{ម៉ៅ,លី,ស៊ុន,ប៊ុន,ហ៊ាង,ឡុង,ទេព,ពេជ្រ,យឹម,ណុប,ស៊ីម,អ៊ុក,ម៉ម,ផាន,សាន,ឃុន,ហ៊ុយ,ជា,សៀង,អ៊ឹង}'::text[]
WHERE script = 'khmer';
UPDATE name_lists SET
	given = given || pg_temp.compose(given,
		'{Ay,Bar,Can,Cem,Den,Ek,Er,Gül,Hak,İl,Kaan,Meh,Nur,Oğ,Ser,Su,Tar,Tuğ,Uğ,Yı}',
		'{han,kan,can,su,nur,ay,ur,çe,ber,tekin,er,ten}'),
	family = family || pg_temp.compose(family,
		'{Ak,Ay,Bal,Bay,Boz,Can,Demir,Er,Gök,Gün,Kara,Kay,Koç,Öz,Şen,Tek,Tok,Uz,Yıl,Yük,Kol,Sarı,Ateş,Bulut}',
		'{can,dağ,taş,soy,türk,er,han,oğlu,kaya,su,el,ok,kurt,yol}')
WHERE script = 'turkish';
\endif

-- the exponent a that gives the first name its share: (1/n)^(1/a) = top
CREATE TABLE name_skew AS
SELECT script,
	CASE WHEN :'population' = 'lists' THEN 2.2
		ELSE ln(cardinality(given)) / ln(1 / top_given) END AS ga,
	CASE WHEN :'population' = 'lists' THEN 1.5
		ELSE ln(cardinality(given)) / ln(1 / top_given) END AS g2a,
	CASE WHEN :'population' = 'lists' THEN 2.2
		ELSE ln(cardinality(family)) / ln(1 / top_family) END AS fa
FROM name_lists;

-- A third of the names carry a second given name (a patronymic after the
-- first one for Cyrillic), except, in 'longtail', Vietnamese and Khmer
-- names: their given-name lists already hold the middle name (Văn Anh), and
-- Vietnamese names have three parts in 83% of cases
-- (../shared/reference/names.md), where 'lists' gave them five (Anh Long
-- Ngọc Ánh Dương), the slowest searches of its first measurements.
--
-- the lists as (script, position, name) rows, and each script's slice of
-- [0, sum of weights) with its list lengths and exponents: every row is
-- drawn by joins, not by subscripting the (large) arrays once per row
CREATE TABLE name_pick AS
SELECT script, upto - weight AS lo, upto AS hi, cardinality(given) AS ng,
	cardinality(family) AS nf, ga, g2a, fa
FROM (SELECT *, sum(weight) OVER (ORDER BY script) AS upto FROM name_lists) w
JOIN name_skew USING (script);
CREATE TABLE given_names AS
SELECT script, k::int, n FROM name_lists, unnest(given) WITH ORDINALITY u(n, k);
CREATE TABLE family_names AS
SELECT script, k::int, n FROM name_lists, unnest(family) WITH ORDINALITY u(n, k);
ANALYZE name_pick, given_names, family_names;

CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL, name_tl text);
SELECT FROM setseed(0.42) \g /dev/null
-- script by weight, then given and family names with the skew of the list
-- (MATERIALIZED: each random() is drawn once per row, not once per use)
INSERT INTO people (id, name)
WITH s AS MATERIALIZED (
	SELECT i, random() * (SELECT sum(weight) FROM name_lists) AS pick
	FROM generate_series(1, :rows) i
), x AS MATERIALIZED (
	SELECT i, p.script, random() AS r3,
		1 + floor(p.ng * power(random(), p.ga))::int AS gk,
		1 + floor(p.ng * power(random(), p.g2a))::int AS g2k,
		1 + floor(p.nf * power(random(), p.fa))::int AS fk
	FROM s JOIN name_pick p ON s.pick >= p.lo AND s.pick < p.hi
)
SELECT i, CASE WHEN x.script IN ('chinese', 'korean') THEN f.n || g.n
	WHEN x.script = 'cyrillic' AND r3 < 0.3 THEN f.n || ' ' || g.n || ' ' || g2.n
	WHEN r3 < 0.3 AND (:'population' = 'lists' OR x.script NOT IN ('vietnamese', 'khmer'))
		THEN g.n || ' ' || g2.n || ' ' || f.n
	WHEN x.script IN ('vietnamese', 'khmer') OR r3 < 0.5 THEN f.n || ' ' || g.n
	ELSE g.n || ' ' || f.n END
FROM x
JOIN given_names g ON g.script = x.script AND g.k = x.gk
JOIN given_names g2 ON g2.script = x.script AND g2.k = x.g2k
JOIN family_names f ON f.script = x.script AND f.k = x.fk;
UPDATE people SET name_tl = name_translit(name);
DROP TABLE name_skew, name_pick, given_names, family_names;
