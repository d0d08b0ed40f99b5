import type { ContactFields, Email, Phone } from '#types/contact'
import { emptyContact } from './contact_document.js'

/**
 * Realistic contacts for development and benchmarks: names from many
 * cultures, several emails, phones and addresses, some starred.
 * Deterministic for a given seed.
 */

type Culture = {
  given: string[]
  family: string[]
  /** Latin spelling for email addresses, when the script is not Latin. */
  latin?: (given: string, family: string) => [string, string]
  country: string
  dialCode: string
  cities: string[]
}

const CULTURES: Culture[] = [
  {
    given: [
      'Anna',
      'James',
      'Olivia',
      'Noah',
      'Emma',
      'Liam',
      'Sophie',
      'Oliver',
      'Grace',
      'Harry',
      'Chloe',
      'George',
    ],
    family: [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Williams',
      'Wilson',
      'Johnson',
      'Davies',
      'Evans',
      'Thomas',
      "O'Brien",
      'Clarke',
    ],
    country: 'United Kingdom',
    dialCode: '44',
    cities: ['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh'],
  },
  {
    given: [
      'José',
      'María',
      'Lucía',
      'Javier',
      'Carmen',
      'Álvaro',
      'Sofía',
      'Mateo',
      'Inés',
      'Hugo',
    ],
    family: [
      'García',
      'Fernández',
      'González',
      'Rodríguez',
      'López',
      'Martínez',
      'Sánchez',
      'Pérez',
      'Núñez',
      'Gómez',
    ],
    country: 'Spain',
    dialCode: '34',
    cities: ['Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Bilbao'],
  },
  {
    given: ['Élodie', 'Léa', 'Hugo', 'Chloé', 'Théo', 'Camille', 'Inès', 'Lucas', 'Zoé', 'Gaël'],
    family: [
      'Martin',
      'Bernard',
      'Dubois',
      'Thomas',
      'Robert',
      'Lefèvre',
      'Moreau',
      'Laurent',
      'Girard',
      'Roux',
    ],
    country: 'France',
    dialCode: '33',
    cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes'],
  },
  {
    given: [
      'Jürgen',
      'Lena',
      'Maximilian',
      'Sophie',
      'Lukas',
      'Hannah',
      'Felix',
      'Mia',
      'Jonas',
      'Leonie',
    ],
    family: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
      'Schäfer',
      'Koch',
    ],
    country: 'Germany',
    dialCode: '49',
    cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt'],
  },
  {
    given: ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '洋'],
    family: ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'],
    latin: (given, family) => [PINYIN[given] ?? 'wei', PINYIN[family] ?? 'li'],
    country: 'China',
    dialCode: '86',
    cities: ['北京', '上海', '广州', '深圳', '成都'],
  },
  {
    given: ['Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Ren', 'Aoi', 'Sota', 'Yui', 'Kaito', 'Hina'],
    family: [
      'Sato',
      'Suzuki',
      'Takahashi',
      'Tanaka',
      'Watanabe',
      'Ito',
      'Yamamoto',
      'Nakamura',
      'Kobayashi',
      'Kato',
    ],
    country: 'Japan',
    dialCode: '81',
    cities: ['Tokyo', 'Osaka', 'Kyoto', 'Nagoya', 'Sapporo'],
  },
  {
    given: [
      'Андрей',
      'Ольга',
      'Дмитрий',
      'Анна',
      'Сергей',
      'Мария',
      'Иван',
      'Елена',
      'Алексей',
      'Наталья',
    ],
    family: [
      'Иванов',
      'Смирнов',
      'Кузнецов',
      'Попов',
      'Соколов',
      'Лебедев',
      'Козлов',
      'Новиков',
      'Морозов',
      'Волков',
    ],
    latin: (given, family) => [transliterate(given), transliterate(family)],
    country: 'Russia',
    dialCode: '7',
    cities: ['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск'],
  },
  {
    given: ['Ελένη', 'Γιώργος', 'Μαρία', 'Νίκος', 'Κατερίνα', 'Δημήτρης', 'Σοφία', 'Γιάννης'],
    family: ['Παπαδόπουλος', 'Παππάς', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Καραγιάννης'],
    latin: (given, family) => [transliterate(given), transliterate(family)],
    country: 'Greece',
    dialCode: '30',
    cities: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'],
  },
  {
    given: [
      'Øystein',
      'Ingrid',
      'Åse',
      'Bjørn',
      'Sigrid',
      'Håkon',
      'Solveig',
      'Ola',
      'Kari',
      'Jørgen',
    ],
    family: [
      'Hansen',
      'Johansen',
      'Olsen',
      'Larsen',
      'Andersen',
      'Pedersen',
      'Nilsen',
      'Kristiansen',
      'Jensen',
      'Dahl',
    ],
    country: 'Norway',
    dialCode: '47',
    cities: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø'],
  },
  {
    given: [
      'Aarav',
      'Priya',
      'Rohan',
      'Ananya',
      'Vikram',
      'Isha',
      'Arjun',
      'Kavya',
      'Rahul',
      'Sneha',
    ],
    family: [
      'Sharma',
      'Patel',
      'Gupta',
      'Singh',
      'Kumar',
      'Reddy',
      'Iyer',
      'Nair',
      'Mehta',
      'Joshi',
    ],
    country: 'India',
    dialCode: '91',
    cities: ['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Pune'],
  },
  {
    given: [
      'Chinedu',
      'Ngozi',
      'Oluwaseun',
      'Adaeze',
      'Emeka',
      'Folake',
      'Tunde',
      'Chiamaka',
      'Ifeanyi',
      'Yetunde',
    ],
    family: [
      'Okafor',
      'Adeyemi',
      'Okonkwo',
      'Balogun',
      'Eze',
      'Adebayo',
      'Nwosu',
      'Ogunleye',
      'Obi',
      'Afolabi',
    ],
    country: 'Nigeria',
    dialCode: '234',
    cities: ['Lagos', 'Abuja', 'Ibadan', 'Enugu'],
  },
  {
    given: [
      'Ahmed',
      'Fatima',
      'Omar',
      'Layla',
      'Yusuf',
      'Aisha',
      'Karim',
      'Noor',
      'Hassan',
      'Mariam',
    ],
    family: [
      'Haddad',
      'Khalil',
      'Mansour',
      'Saleh',
      'Nasser',
      'Farah',
      'Aziz',
      'Rahman',
      'Hamdan',
      'Sabbagh',
    ],
    country: 'Jordan',
    dialCode: '962',
    cities: ['Amman', 'Irbid', 'Zarqa'],
  },
  {
    given: ['Minh', 'Lan', 'Huy', 'Mai', 'Tuấn', 'Hương', 'Dũng', 'Linh', 'Nam', 'Thảo'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'],
    country: 'Vietnam',
    dialCode: '84',
    cities: ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng'],
  },
  {
    given: [
      'Jan',
      'Katarzyna',
      'Piotr',
      'Agnieszka',
      'Tomasz',
      'Małgorzata',
      'Paweł',
      'Zofia',
      'Michał',
      'Ewa',
    ],
    family: [
      'Nowak',
      'Kowalski',
      'Wiśniewski',
      'Wójcik',
      'Kowalczyk',
      'Kamiński',
      'Lewandowski',
      'Zieliński',
      'Szymański',
      'Dąbrowski',
    ],
    country: 'Poland',
    dialCode: '48',
    cities: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Gdańsk'],
  },
]

const PINYIN: Record<string, string> = {
  伟: 'wei',
  芳: 'fang',
  娜: 'na',
  秀英: 'xiuying',
  敏: 'min',
  静: 'jing',
  丽: 'li',
  强: 'qiang',
  磊: 'lei',
  洋: 'yang',
  李: 'li',
  王: 'wang',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  赵: 'zhao',
  黄: 'huang',
  周: 'zhou',
  吴: 'wu',
}

const CYRILLIC_GREEK: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  θ: 'th',
  ι: 'i',
  ί: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ώ: 'o',
}

function transliterate(value: string) {
  return [...value.toLowerCase()].map((char) => CYRILLIC_GREEK[char] ?? '').join('') || 'user'
}

function ascii(value: string) {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/[ł]/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/[^a-z]/g, '')
}

const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Vandelay Industries',
  'Massive Dynamic',
]
const TITLES = [
  'Engineer',
  'Designer',
  'Manager',
  'Accountant',
  'Teacher',
  'Nurse',
  'Architect',
  'Lawyer',
  'Consultant',
  'Chef',
  'Pilot',
  'Researcher',
]
const STREETS = [
  'Main Street',
  'High Street',
  'Station Road',
  'Church Lane',
  'Park Avenue',
  'Mill Road',
  'Oak Street',
  'Elm Way',
]
const DOMAINS = ['example.com', 'example.org', 'mail.example', 'post.example.net']

/** mulberry32: small, fast, good enough for fake data. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function fakeContacts(count: number, seed = 1): ContactFields[] {
  const next = random(seed)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  const digits = (length: number) => Array.from({ length }, () => Math.floor(next() * 10)).join('')

  const contacts: ContactFields[] = []
  for (let index = 0; index < count; index++) {
    const culture = pick(CULTURES)
    const given = pick(culture.given)
    const family = pick(culture.family)
    const [latinGiven, latinFamily] = culture.latin
      ? culture.latin(given, family)
      : [ascii(given), ascii(family)]
    const contact = emptyContact()
    contact.name.given = given
    contact.name.family = family
    if (next() < 0.1) {
      contact.name.middle = pick(culture.given)
    }
    if (next() < 0.05) {
      contact.name.nickname = given.slice(0, 3)
    }

    const emailCount = next() < 0.3 ? 2 : next() < 0.85 ? 1 : 0
    const emails: Email[] = []
    for (let e = 0; e < emailCount; e++) {
      emails.push({
        value: `${latinGiven}.${latinFamily}${e ? digits(2) : ''}@${pick(DOMAINS)}`,
        type: e === 0 ? 'home' : 'work',
        primary: e === 0 && emailCount > 1,
      })
    }
    contact.emails = emails

    const phoneCount = next() < 0.35 ? 2 : next() < 0.9 ? 1 : 0
    const phones: Phone[] = []
    for (let p = 0; p < phoneCount; p++) {
      const national = `${1 + Math.floor(next() * 9)}${digits(8)}`
      phones.push({
        value: `+${culture.dialCode} ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`,
        type: p === 0 ? 'mobile' : 'work',
        primary: false,
        canonical: `+${culture.dialCode}${national}`,
      })
    }
    contact.phones = phones

    if (next() < 0.4) {
      contact.addresses = [
        {
          type: 'home',
          street: `${1 + Math.floor(next() * 200)} ${pick(STREETS)}`,
          extended: '',
          poBox: '',
          city: pick(culture.cities),
          region: '',
          postalCode: digits(5),
          country: culture.country,
        },
      ]
    }
    if (next() < 0.5) {
      contact.organization = { company: pick(COMPANIES), title: pick(TITLES), department: '' }
    }
    if (next() < 0.3) {
      const withYear = next() < 0.7
      contact.birthday = {
        ...(withYear ? { year: 1950 + Math.floor(next() * 55) } : {}),
        month: 1 + Math.floor(next() * 12),
        day: 1 + Math.floor(next() * 28),
      }
    }
    if (next() < 0.05) {
      contact.notes = `Met ${given} in ${pick(culture.cities)}.`
    }
    contact.starred = next() < 0.05
    contacts.push(contact)
  }
  return contacts
}
