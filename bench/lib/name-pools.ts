/**
 * Names by script, so search, sorting and folding meet what real address books hold:
 * Latin with diacritics, Hebrew, Persian, Cyrillic, Chinese and Japanese. Each pool also
 * carries a Latin transliteration for e-mail handles, as people really have.
 */
export interface NamePool {
  script: string;
  /** Share of contacts drawn from this pool. */
  weight: number;
  given: readonly (readonly [string, string])[];
  family: readonly (readonly [string, string])[];
  /** Country calling code and a formatter for the national number. */
  countryCode: string;
  countries: readonly string[];
  cities: readonly string[];
  /** True where the family name is written first with no space (CJK). */
  familyFirst: boolean;
}

const pairs = (text: string): (readonly [string, string])[] =>
  text
    .trim()
    .split(/\s*,\s*/)
    .map((entry) => {
      const [native, latin] = entry.split('=');
      return [native!, latin ?? native!] as const;
    });

export const NAME_POOLS: readonly NamePool[] = [
  {
    script: 'latin',
    weight: 0.5,
    given: pairs(`Ștefan=stefan, Ana, Zoë=zoe, José=jose, François=francois, Jürgen=jurgen, Søren=soren, Łukasz=lukasz, Élodie=elodie,
      Maria, John, Emma, Lucía=lucia, Mateo, Sofia, Oliver, Noah, Amélie=amelie, Björn=bjorn, Chloé=chloe, Dariusz, Eva, Fatima,
      Giulia, Hanna, Ian, Jakub, Katarzyna, Liam, Mia, Nuno, Olga, Pedro, Quentin, Raúl=raul, Siobhán=siobhan, Tomáš=tomas,
      Ursula, Valérie=valerie, William, Xavier, Yusuf, Zsófia=zsofia, Ábel=abel, Íñigo=inigo, Mónica=monica, Renée=renee, Ólafur=olafur`),
    family: pairs(`Popescu, Müller=muller, García=garcia, Øster=oster, Nowak, Dubois, Rossi, Smith, Jones, Fernández=fernandez,
      Novák=novak, Kowalski, Łęcki=lecki, Brontë=bronte, Ibáñez=ibanez, Sørensen=sorensen, Schröder=schroder, Lefèvre=lefevre,
      O'Brien=obrien, van der Berg=vanderberg, Martínez=martinez, Johansson, Nielsen, Horváth=horvath, Kovačević=kovacevic,
      Silva, Santos, Costa, Ferreira, Lopes, Moreau, Laurent, Bianchi, Romano, Colombo, Ricci, Wagner, Becker, Hoffmann,
      Schäfer=schafer, Koch, Richter, Klein, Wolf, Neumann, Zimmermann, Krüger=kruger, Hartmann, Lange, Werner, Åberg=aberg,
      Dvořák=dvorak, Čapek=capek, Ionescu, Țăranu=taranu, Stănescu=stanescu, Gonçalves=goncalves, Núñez=nunez, Ødegaard=odegaard`),
    countryCode: '40',
    countries: ['Romania', 'Deutschland', 'España', 'France', 'Polska', 'Italia', 'Portugal', 'Česko'],
    cities: ['București', 'Cluj-Napoca', 'München', 'Köln', 'Sevilla', 'Málaga', 'Kraków', 'Łódź', 'Paris', 'Lyon', 'Brno', 'Porto'],
    familyFirst: false,
  },
  {
    script: 'hebrew',
    weight: 0.1,
    given: pairs(`אברהם=avraham, שרה=sarah, יעקב=yaakov, רחל=rachel, דוד=david, מרים=miriam, יוסף=yosef, לאה=leah, משה=moshe,
      נועה=noa, איתי=itai, תמר=tamar, עומר=omer, שירה=shira, יונתן=yonatan, מיכל=michal, אורי=uri, הדס=hadas`),
    family: pairs(`כהן=cohen, לוי=levi, מזרחי=mizrahi, פרץ=peretz, ביטון=biton, דהן=dahan, אברהמי=avrahami, פרידמן=friedman,
      שפירא=shapira, גולדברג=goldberg, אזולאי=azoulay, חדד=hadad, גבאי=gabay, אוחיון=ohayon, בן דוד=bendavid, קליין=klein`),
    countryCode: '972',
    countries: ['ישראל'],
    cities: ['תל אביב', 'ירושלים', 'חיפה', 'באר שבע'],
    familyFirst: false,
  },
  {
    script: 'persian',
    weight: 0.1,
    given: pairs(`علی=ali, زهرا=zahra, محمد=mohammad, فاطمه=fatemeh, رضا=reza, مریم=maryam, حسین=hossein, سارا=sara, مهدی=mahdi,
      نگار=negar, امیر=amir, لیلا=leila, کاوه=kaveh, شیرین=shirin, بابک=babak, پریسا=parisa`),
    family: pairs(`محمدی=mohammadi, حسینی=hosseini, احمدی=ahmadi, رضایی=rezaei, موسوی=mousavi, کریمی=karimi, جعفری=jafari,
      رحیمی=rahimi, صادقی=sadeghi, تهرانی=tehrani, شیرازی=shirazi, کرمانی=kermani, نوری=nouri, اکبری=akbari`),
    countryCode: '98',
    countries: ['ایران'],
    cities: ['تهران', 'اصفهان', 'شیراز', 'تبریز', 'مشهد'],
    familyFirst: false,
  },
  {
    script: 'cyrillic',
    weight: 0.15,
    given: pairs(`Александр=aleksandr, Мария=maria, Дмитрий=dmitry, Анна=anna, Сергей=sergey, Елена=elena, Иван=ivan,
      Ольга=olga, Алексей=alexey, Наталья=natalia, Михаил=mikhail, Татьяна=tatiana, Андрей=andrey, Юлия=yulia, Пётр=pyotr,
      Ёлка=yolka, Богдан=bogdan, Оксана=oksana`),
    family: pairs(`Иванов=ivanov, Смирнов=smirnov, Кузнецов=kuznetsov, Попов=popov, Соколов=sokolov, Лебедев=lebedev,
      Козлов=kozlov, Новиков=novikov, Морозов=morozov, Петров=petrov, Волков=volkov, Фёдоров=fedorov, Шевченко=shevchenko,
      Бондаренко=bondarenko, Коваленко=kovalenko, Ткаченко=tkachenko, Ёжиков=yozhikov`),
    countryCode: '7',
    countries: ['Россия', 'Україна', 'Беларусь'],
    cities: ['Москва', 'Санкт-Петербург', 'Київ', 'Новосибирск', 'Минск'],
    familyFirst: false,
  },
  {
    script: 'cjk',
    weight: 0.15,
    given: pairs(`伟=wei, 芳=fang, 娜=na, 敏=min, 静=jing, 强=qiang, 磊=lei, 洋=yang, 艳=yan, 勇=yong, 杰=jie, 娟=juan,
      翔太=shota, 陽菜=hina, 蓮=ren, 結衣=yui, 大翔=hiroto, 美咲=misaki`),
    family: pairs(`王=wang, 李=li, 张=zhang, 刘=liu, 陈=chen, 杨=yang, 黄=huang, 赵=zhao, 吴=wu, 周=zhou,
      佐藤=sato, 鈴木=suzuki, 高橋=takahashi, 田中=tanaka, 渡辺=watanabe, 伊藤=ito`),
    countryCode: '86',
    countries: ['中国', '日本'],
    cities: ['北京', '上海', '广州', '東京', '大阪'],
    familyFirst: true,
  },
];

export const MIDDLE_NAMES = ['Maria', 'Ioan', 'Lee', 'Marie', 'James', 'Anne', 'Paul', 'Elena', 'Josef', 'Louise', 'Ray', 'Jean'];
export const ORGANIZATION_WORDS = ['Nordic', 'Acme', 'Atlas', 'Helix', 'Orbit', 'Cedar', 'Quantum', 'Vega', 'Delta', 'Lumen', 'Pine', 'Granit', 'Solar', 'Kite', 'Ember', 'Mosaic'];
export const ORGANIZATION_SUFFIXES = ['GmbH', 'S.R.L.', 'Ltd', 'Inc.', 'S.A.', 'AB', 'Labs', 'Group', 'Partners', 'Co.'];
export const TITLES = ['Engineer', 'Director', 'Designer', 'Sales Manager', 'CTO', 'Accountant', 'Consultant', 'Founder', 'Nurse', 'Teacher', ''];
export const TAGS = ['vip', 'family', 'friends', 'work', 'client', 'supplier', 'conference', 'newsletter', 'lead', 'investor', 'alumni', 'neighbour', 'choir', 'football', 'press'];
export const MAIL_DOMAINS = ['example.com', 'mail.example.org', 'post.example.net', 'corp.example', 'inbox.example.ro', 'example.co.il'];
export const STREETS = ['Strada Lungă', 'Hauptstraße', 'Calle Mayor', 'rue de la Paix', 'ul. Długa', 'Via Roma', 'Main Street', 'Kungsgatan'];
