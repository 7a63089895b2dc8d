/**
 * Sample data for a first look: thirty people from many countries and scripts, written as
 * a vCard 3.0 file in memory so "Load sample data" goes through the real upload and import
 * pipeline (the same code a person's own file will go through).
 */

interface SamplePerson {
  given: string;
  family: string;
  organization: string;
  title: string;
  email: string;
  phone: string;
  tags: string[];
  note?: string;
}

const person = (given: string, family: string, organization: string, title: string, email: string, phone: string, tags: string[], note?: string): SamplePerson => ({
  given,
  family,
  organization,
  title,
  email,
  phone,
  tags,
  ...(note === undefined ? {} : { note }),
});

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  person('Ioana', 'Popescu', 'Carpathia Software', 'Product Manager', 'ioana.popescu@carpathia.example', '+40 721 234 567', ['customer', 'vip'], 'Prefers calls after 10:00.'),
  person('Andrei', 'Ionescu', 'Banca Transilvania', 'Analyst', 'andrei.ionescu@example.ro', '+40 744 111 222', ['customer']),
  person('Mihaela', 'Dumitrescu', 'Atelier Dumitrescu', 'Architect', 'mihaela@dumitrescu.example', '+40 264 555 010', ['supplier']),
  person('Ștefan', 'Constantinescu', 'Acme Cluj', 'Head of Sales', 'stefan.c@acme-cluj.example', '+40 733 987 654', ['customer', 'conference']),
  person('Elena', 'Munteanu', '', '', 'elena.munteanu@example.ro', '+40 722 000 333', ['friend']),
  person('נועה', 'לוי', 'טבע תעשיות', 'מהנדסת', 'noa.levi@example.co.il', '+972 52 123 4567', ['customer'], 'נפגשנו בכנס בתל אביב.'),
  person('יונתן', 'כהן', 'Check Point', 'Security Lead', 'yonatan.cohen@example.co.il', '+972 54 765 4321', ['conference']),
  person('מיכל', 'אברהם', '', '', 'michal.avraham@example.co.il', '+972 50 222 3344', ['friend']),
  person('דניאל', 'מזרחי', 'מזרחי ובניו', 'מנכ״ל', 'daniel@mizrahi.example', '+972 3 555 1234', ['supplier']),
  person('سارا', 'احمدی', 'دیجی‌کالا', 'طراح محصول', 'sara.ahmadi@example.ir', '+98 912 345 6789', ['customer']),
  person('علی', 'رضایی', 'رضایی و شرکا', 'مدیر فروش', 'ali.rezaei@example.ir', '+98 935 111 2233', ['supplier', 'vip']),
  person('مریم', 'حسینی', '', '', 'maryam.hosseini@example.ir', '+98 921 444 5566', ['family']),
  person('داریوش', 'کریمی', 'کریمی فرش', 'بازرگان', 'dariush@karimi.example', '+98 21 8888 7777', ['customer']),
  person('花子', '佐藤', '東京デザイン', 'デザイナー', 'hanako.sato@example.jp', '+81 90 1234 5678', ['customer']),
  person('一郎', '鈴木', 'トヨタ自動車', '部長', 'ichiro.suzuki@example.jp', '+81 80 2345 6789', ['vip', 'conference']),
  person('美咲', '高橋', '', '', 'misaki.takahashi@example.jp', '+81 70 3456 7890', ['friend']),
  person('健太', '田中', '大阪商事', '営業', 'kenta.tanaka@example.jp', '+81 6 6123 4567', ['supplier']),
  person('Анна', 'Иванова', 'Яндекс', 'Разработчик', 'anna.ivanova@example.ru', '+7 916 123 45 67', ['customer']),
  person('Дмитрий', 'Смирнов', 'Северсталь', 'Инженер', 'dmitry.smirnov@example.ru', '+7 921 765 43 21', ['supplier']),
  person('Олена', 'Коваленко', 'Київстар', 'Маркетолог', 'olena.kovalenko@example.ua', '+380 67 123 4567', ['conference']),
  person('Георги', 'Петров', 'Софийски хляб', 'Управител', 'georgi.petrov@example.bg', '+359 88 123 4567', ['customer']),
  person('Maria', 'Santos', 'Lakeside Clinic', 'Physician', 'maria.santos@example.ph', '+63 917 123 4567', ['customer', 'vip'], 'Kaibigan ni Juan.'),
  person('Juan', 'dela Cruz', 'Manila Freight', 'Logistics Coordinator', 'juan.delacruz@example.ph', '+63 918 765 4321', ['supplier']),
  person('José', 'García', 'Ferretería García', 'Dueño', 'jose.garcia@example.es', '+34 612 345 678', ['supplier']),
  person('Émilie', 'Dubois', 'Boulangerie Dubois', 'Gérante', 'emilie.dubois@example.fr', '+33 6 12 34 56 78', ['customer']),
  person('Jonas', 'Müller', 'Müller GmbH', 'Geschäftsführer', 'jonas.mueller@example.de', '+49 151 23456789', ['vip']),
  person('Grace', 'Okafor', 'Northwind Traders', 'Procurement', 'grace.okafor@example.ng', '+234 803 123 4567', ['customer']),
  person('Liam', 'O’Brien', 'Cliffside Studios', 'Producer', 'liam.obrien@example.ie', '+353 87 123 4567', ['conference']),
  person('Sofía', 'Martínez', 'Café Martínez', 'Barista', 'sofia.martinez@example.mx', '+52 55 1234 5678', ['friend']),
  person('Lars', 'Nilsson', 'Nordic Timber', 'CTO', 'lars.nilsson@example.se', '+46 70 123 45 67', ['supplier', 'conference']),
];

/** vCard text escaping (RFC 2426 §4): backslash, comma, semicolon, newline. */
function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
}

/** Names written family-first in their own scripts (Japanese) are shown that way too. */
function formattedName(sample: SamplePerson): string {
  return /[\u3040-\u30ff\u4e00-\u9fff]/u.test(sample.family) ? `${sample.family} ${sample.given}` : `${sample.given} ${sample.family}`;
}

export function sampleVcardText(): string {
  const cards = SAMPLE_PEOPLE.map((sample) => {
    const lines = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${escape(sample.family)};${escape(sample.given)};;;`,
      `FN:${escape(formattedName(sample))}`,
      sample.organization ? `ORG:${escape(sample.organization)}` : '',
      sample.title ? `TITLE:${escape(sample.title)}` : '',
      `EMAIL;TYPE=INTERNET:${sample.email}`,
      `TEL;TYPE=CELL:${sample.phone}`,
      `CATEGORIES:${sample.tags.map(escape).join(',')}`,
      sample.note ? `NOTE:${escape(sample.note)}` : '',
      'END:VCARD',
    ];
    return lines.filter(Boolean).join('\r\n');
  });
  return `${cards.join('\r\n')}\r\n`;
}
