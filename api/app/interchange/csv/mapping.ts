/**
 * CSV column mapping: which column feeds which contact field.
 *
 * A mapping is plain JSON so the SPA can show it and send it back:
 *
 *   [{ "column": 0, "field": "name.given" },
 *    { "column": 7, "field": "phones.0.value", "type": "work" },
 *    { "column": 9, "field": "emails.1.value" }, { "column": 8, "field": "emails.1.type" },
 *    { "column": 12, "field": "customFields.0.value", "label": "Gender" }]
 *
 * Field paths:
 *   ignore
 *   name.(prefix|given|middle|family|suffix|phoneticGiven|phoneticMiddle|phoneticFamily|nickname|fileAs|full)
 *   organization.(company|title|department)
 *   birthday | birthday.(year|month|day) | notes | labels | starred | photo | uid
 *   emails.N.(value|type)          phones.N.(value|type)
 *   addresses.N.(street|extended|poBox|city|region|postalCode|country|formatted|type)
 *   events.N.(value|type)          relations.N.(value|type)        urls.N.(value|type)
 *   imClients.N.(value|service|type)
 *   customFields.N.(value|label)
 *
 * `N` groups columns into one entry (0-based). A `….type` column holds a
 * type or label as text ("Work", "* Home" — the `* ` marks the primary entry
 * —, or any custom label); `….label` is accepted as a synonym. On a value
 * column, the optional `type` (a built-in type of that list, or `custom` with
 * `label`), `label` and `service` give the entry a fixed type, label or IM
 * service when the file has no column for it (Outlook's "Business Phone").
 * `name.full` is a display name: it fills the name when the name columns are
 * empty and is kept as a custom field when it says more than they do.
 */
import {
  ADDRESS_TYPES,
  CONTACT_LIMITS,
  EMAIL_TYPES,
  EVENT_TYPES,
  IM_TYPES,
  PHONE_TYPES,
  RELATION_TYPES,
  URL_TYPES,
} from '../../types/contact.js'
import { canonicalService } from '../labels.js'
import { looseKey } from '../text.js'

export type MappingEntry = {
  column: number
  field: string
  type?: string
  label?: string
  service?: string
}

export type ColumnMapping = MappingEntry[]

export type CsvLayout = 'google' | 'google-legacy' | 'outlook' | 'thunderbird' | 'generic'

/** Language of localised (Outlook desktop) headers, when recognised. */
export type HeaderLocale = 'en' | 'de' | 'fr' | null

export const SCALAR_FIELDS = [
  'name.prefix',
  'name.given',
  'name.middle',
  'name.family',
  'name.suffix',
  'name.phoneticGiven',
  'name.phoneticMiddle',
  'name.phoneticFamily',
  'name.nickname',
  'name.fileAs',
  'name.full',
  'organization.company',
  'organization.title',
  'organization.department',
  'birthday',
  'birthday.year',
  'birthday.month',
  'birthday.day',
  'notes',
  'labels',
  'starred',
  'photo',
  'uid',
] as const

export type ScalarField = (typeof SCALAR_FIELDS)[number]

export const LIST_PARTS = {
  emails: ['value', 'type'],
  phones: ['value', 'type'],
  addresses: [
    'street',
    'extended',
    'poBox',
    'city',
    'region',
    'postalCode',
    'country',
    'formatted',
    'type',
  ],
  events: ['value', 'type'],
  relations: ['value', 'type'],
  urls: ['value', 'type'],
  imClients: ['value', 'service', 'type'],
  customFields: ['value', 'label'],
} as const

export type ListName = keyof typeof LIST_PARTS

const LIST_TYPES: Record<ListName, readonly string[] | null> = {
  emails: EMAIL_TYPES,
  phones: PHONE_TYPES,
  addresses: ADDRESS_TYPES,
  events: EVENT_TYPES,
  relations: RELATION_TYPES,
  urls: URL_TYPES,
  imClients: IM_TYPES,
  customFields: null,
}

export type ParsedPath =
  | { kind: 'ignore' }
  | { kind: 'scalar'; field: ScalarField }
  | { kind: 'list'; list: ListName; index: number; part: string }

/** Fields whose columns may be mapped more than once (the cells are joined). */
const REPEATABLE = new Set(['notes', 'labels'])

export function parseFieldPath(path: string): ParsedPath | null {
  if (path === 'ignore') return { kind: 'ignore' }
  if ((SCALAR_FIELDS as readonly string[]).includes(path)) {
    return { kind: 'scalar', field: path as ScalarField }
  }
  const m = /^([a-zA-Z]+)\.(\d{1,4})\.([a-zA-Z]+)$/.exec(path)
  if (!m || !(m[1]! in LIST_PARTS)) return null
  const list = m[1] as ListName
  let part = m[3]!
  if (list === 'customFields' && part === 'type') part = 'label'
  if (list !== 'customFields' && part === 'label') part = 'type'
  if (!(LIST_PARTS[list] as readonly string[]).includes(part)) return null
  const index = Number(m[2])
  if (index >= CONTACT_LIMITS.entries) return null
  return { kind: 'list', list, index, part }
}

/**
 * Checks a mapping received as JSON. Returns the cleaned mapping and the
 * problems found, each a sentence a user can act on.
 */
export function validateMapping(
  input: unknown,
  columnCount?: number
): { mapping: ColumnMapping; errors: string[] } {
  const errors: string[] = []
  const mapping: ColumnMapping = []
  if (!Array.isArray(input)) {
    return { mapping, errors: ['The column mapping must be a list of { column, field } entries.'] }
  }
  const seenColumns = new Set<number>()
  const seenFields = new Map<string, number>()
  input.forEach((raw: unknown, i) => {
    const where = `Entry ${i + 1}`
    if (typeof raw !== 'object' || raw === null) {
      errors.push(`${where} is not an object.`)
      return
    }
    const e = raw as Record<string, unknown>
    const column = e.column
    if (typeof column !== 'number' || !Number.isInteger(column) || column < 0) {
      errors.push(`${where}: "column" must be a column number (0 for the first column).`)
      return
    }
    if (columnCount !== undefined && column >= columnCount) {
      errors.push(
        `${where}: column ${column} does not exist (the file has ${columnCount} columns).`
      )
      return
    }
    if (seenColumns.has(column)) {
      errors.push(`${where}: column ${column} is mapped twice.`)
      return
    }
    seenColumns.add(column)
    if (typeof e.field !== 'string') {
      errors.push(
        `${where}: "field" must be a field path such as "name.given" or "emails.0.value".`
      )
      return
    }
    const parsed = parseFieldPath(e.field)
    if (!parsed) {
      errors.push(`${where}: "${e.field}" is not a known field.`)
      return
    }
    const entry: MappingEntry = { column, field: e.field }
    if (parsed.kind === 'list') {
      entry.field = `${parsed.list}.${parsed.index}.${parsed.part}`
      const allowed = LIST_TYPES[parsed.list]
      if (e.type !== undefined) {
        if (typeof e.type !== 'string' || !allowed || !allowed.includes(e.type)) {
          errors.push(
            `${where}: type "${String(e.type)}" is not valid for ${parsed.list}${allowed ? ` (use one of ${allowed.join(', ')})` : ''}.`
          )
          return
        }
        entry.type = e.type
      }
      if (e.label !== undefined) {
        if (typeof e.label !== 'string') {
          errors.push(`${where}: "label" must be text.`)
          return
        }
        entry.label = e.label
      }
      if (e.service !== undefined) {
        if (typeof e.service !== 'string' || parsed.list !== 'imClients') {
          errors.push(`${where}: "service" is only valid for imClients.`)
          return
        }
        entry.service = e.service
      }
    } else if (e.type !== undefined || e.service !== undefined) {
      errors.push(`${where}: "type" and "service" are only valid for list fields.`)
      return
    }
    if (
      parsed.kind !== 'ignore' &&
      !REPEATABLE.has(entry.field) &&
      !entry.field.startsWith('addresses.')
    ) {
      const previous = seenFields.get(entry.field)
      if (previous !== undefined) {
        errors.push(`${where}: "${entry.field}" is already fed by column ${previous}.`)
        return
      }
      seenFields.set(entry.field, column)
    }
    mapping.push(entry)
  })
  return { mapping, errors }
}

// ---------------------------------------------------------------------------
// Header dictionary

/**
 * A template: `#` in the path takes a new entry number per column; `@key`
 * puts all columns with the same key into one entry (the parts of an
 * address).
 */
type Template = { field: string; type?: string; label?: string; service?: string }

type Locale = 'en' | 'de' | 'fr'

const DICTIONARY = new Map<string, Template & { locale?: Locale }>()

function define(template: Template, headers: string[], locale?: Locale) {
  for (const header of headers) DICTIONARY.set(looseKey(header), { ...template, locale })
}

function defineAddress(
  key: string,
  type: string,
  parts: Partial<
    Record<'street' | 'extended' | 'poBox' | 'city' | 'region' | 'postalCode' | 'country', string[]>
  >,
  locale?: Locale
) {
  for (const [part, headers] of Object.entries(parts)) {
    define({ field: `addresses.@${key}.${part}`, type }, headers!, locale)
  }
}

// Names
define({ field: 'name.given' }, ['First Name', 'Given Name', 'Firstname', 'First', 'Forename'])
define({ field: 'name.given' }, ['Vorname'], 'de')
define({ field: 'name.given' }, ['Prénom'], 'fr')
define({ field: 'name.middle' }, ['Middle Name', 'Additional Name', 'Middle', 'Middle Names'])
define({ field: 'name.middle' }, ['Weitere Vornamen', 'Zweiter Vorname'], 'de')
define({ field: 'name.middle' }, ['Deuxième prénom', 'Second prénom'], 'fr')
define({ field: 'name.family' }, ['Last Name', 'Family Name', 'Surname', 'Lastname', 'Last'])
define({ field: 'name.family' }, ['Nachname'], 'de')
define({ field: 'name.family' }, ['Nom', 'Nom de famille'], 'fr')
define({ field: 'name.prefix' }, ['Name Prefix', 'Prefix', 'Honorific Prefix'])
define({ field: 'name.prefix' }, ['Anrede'], 'de')
define({ field: 'name.prefix' }, ['Civilité'], 'fr')
define({ field: 'name.suffix' }, ['Name Suffix', 'Suffix', 'Honorific Suffix'])
define({ field: 'name.suffix' }, ['Suffixe'], 'fr')
define({ field: 'name.nickname' }, ['Nickname', 'Nick Name', 'Nick'])
define({ field: 'name.nickname' }, ['Spitzname'], 'de')
define({ field: 'name.nickname' }, ['Surnom'], 'fr')
define({ field: 'name.fileAs' }, ['File As', 'Sort As', 'Sort String'])
define({ field: 'name.fileAs' }, ['Speichern unter'], 'de')
define({ field: 'name.fileAs' }, ['Classer sous'], 'fr')
define({ field: 'name.phoneticGiven' }, [
  'Phonetic First Name',
  'Given Yomi',
  'Given Name Yomi',
  'First Name Yomi',
])
define({ field: 'name.phoneticMiddle' }, [
  'Phonetic Middle Name',
  'Additional Name Yomi',
  'Middle Name Yomi',
])
define({ field: 'name.phoneticFamily' }, [
  'Phonetic Last Name',
  'Surname Yomi',
  'Family Name Yomi',
  'Last Name Yomi',
])
define({ field: 'name.full' }, [
  'Name',
  'Full Name',
  'Display Name',
  'Contact Name',
  'Formatted Name',
])
define({ field: 'name.full' }, ['Anzeigename', 'Vollständiger Name'], 'de')
define({ field: 'name.full' }, ['Nom complet', "Nom d'affichage"], 'fr')

// Organisation
define({ field: 'organization.company' }, [
  'Company',
  'Organization',
  'Organisation',
  'Organization Name',
  'Company Name',
  'Employer',
])
define({ field: 'organization.company' }, ['Firma', 'Unternehmen'], 'de')
define({ field: 'organization.company' }, ['Société', 'Entreprise'], 'fr')
define({ field: 'organization.title' }, [
  'Job Title',
  'Organization Title',
  'Position',
  'Jobtitle',
  'Job',
])
define({ field: 'organization.title' }, ['Berufsbezeichnung'], 'de')
define({ field: 'organization.title' }, ['Fonction', 'Poste'], 'fr')
define({ field: 'organization.department' }, ['Department', 'Organization Department', 'Dept'])
define({ field: 'organization.department' }, ['Abteilung'], 'de')
define({ field: 'organization.department' }, ['Service'], 'fr')

// Emails
define({ field: 'emails.#.value', type: 'other' }, [
  'E-mail',
  'Email',
  'E-mail Address',
  'Email Address',
  'Mail',
  'Primary Email',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Secondary Email',
  'Email 2',
  'Email 3',
  'Other Email',
  'Email Other',
  'Additional Email',
])
define(
  { field: 'emails.#.value', type: 'other' },
  ['E-Mail-Adresse', 'E-Mail 2: Adresse', 'E-Mail 3: Adresse', 'E-Mail'],
  'de'
)
define(
  { field: 'emails.#.value', type: 'other' },
  ['Adresse de messagerie', 'Adresse de messagerie 2', 'Adresse de messagerie 3', 'Courriel'],
  'fr'
)
define({ field: 'emails.#.value', type: 'home' }, [
  'Home Email',
  'Email Home',
  'Personal Email',
  'Private Email',
  'Home E-mail',
])
define({ field: 'emails.#.value', type: 'work' }, [
  'Work Email',
  'Email Work',
  'Business Email',
  'Work E-mail',
  'Business E-mail',
])
define({ field: 'ignore' }, [
  'E-mail Type',
  'E-mail 2 Type',
  'E-mail 3 Type',
  'E-mail Display Name',
  'E-mail 2 Display Name',
  'E-mail 3 Display Name',
])
define(
  { field: 'ignore' },
  [
    'E-Mail-Typ',
    'E-Mail 2: Typ',
    'E-Mail 3: Typ',
    'E-Mail: Angezeigter Name',
    'E-Mail 2: Angezeigter Name',
    'E-Mail 3: Angezeigter Name',
  ],
  'de'
)
define(
  { field: 'ignore' },
  [
    'Type de messagerie',
    'Type de messagerie 2',
    'Type de messagerie 3',
    "Nom complet de l'adresse de messagerie",
    "Nom complet de l'adresse de messagerie 2",
    "Nom complet de l'adresse de messagerie 3",
  ],
  'fr'
)

// Phones
const phone = (type: string, label?: string): Template => ({ field: 'phones.#.value', type, label })
define(phone('other'), ['Phone', 'Telephone', 'Phone Number', 'Tel', 'Telephone Number'])
define(phone('mobile'), [
  'Mobile',
  'Mobile Phone',
  'Mobile Phone 2',
  'Cell',
  'Cell Phone',
  'Cellphone',
  'Mobile Number',
  'Home Mobile',
  'Work Mobile',
])
define(phone('mobile'), ['Mobiltelefon', 'Mobiltelefon 2', 'Handy'], 'de')
define(phone('mobile'), ['Tél. mobile', 'Téléphone mobile', 'Portable'], 'fr')
define(phone('home'), ['Home Phone', 'Home Phone 2', 'Private Phone'])
define(
  phone('home'),
  ['Telefon privat', 'Telefon privat 2', 'Telefon (privat)', 'Telefon (privat 2)'],
  'de'
)
define(phone('home'), ['Téléphone (domicile)', 'Téléphone 2 (domicile)'], 'fr')
define(phone('work'), ['Business Phone', 'Business Phone 2', 'Work Phone', 'Office Phone'])
define(phone('work'), ['Telefon geschäftlich', 'Telefon geschäftlich 2'], 'de')
define(phone('work'), ['Téléphone (bureau)', 'Téléphone 2 (bureau)'], 'fr')
define(phone('main'), ['Primary Phone', 'Main Phone'])
define(phone('main'), ['Haupttelefon'], 'de')
define(phone('main'), ['Téléphone principal'], 'fr')
define(phone('homeFax'), ['Home Fax'])
define(phone('homeFax'), ['Fax privat'], 'de')
define(phone('homeFax'), ['Télécopie (domicile)'], 'fr')
define(phone('workFax'), ['Business Fax', 'Work Fax'])
define(phone('workFax'), ['Fax geschäftlich'], 'de')
define(phone('workFax'), ['Télécopie (bureau)'], 'fr')
define(phone('custom', 'Other fax'), ['Other Fax'])
define(phone('custom', 'Other fax'), ['Weiteres Fax'], 'de')
define(phone('custom', 'Other fax'), ['Télécopie (autre)'], 'fr')
define(phone('custom', 'Fax'), ['Fax', 'Fax Number'])
define(phone('pager'), ['Pager', 'Pager Number'])
define(phone('pager'), ['Récepteur de radiomessagerie'], 'fr')
define(phone('other'), ['Other Phone'])
define(phone('other'), ['Weiteres Telefon'], 'de')
define(phone('other'), ['Téléphone (autre)'], 'fr')
define(phone('custom', 'Company main'), ['Company Main Phone'])
define(phone('custom', 'Company main'), ['Telefon Firma'], 'de')
define(phone('custom', 'Company main'), ['Téléphone société'], 'fr')
define(phone('custom', 'Car'), ['Car Phone'])
define(phone('custom', 'Car'), ['Autotelefon'], 'de')
define(phone('custom', 'Car'), ['Téléphone (voiture)'], 'fr')
define(phone('custom', 'Callback'), ['Callback'])
define(phone('custom', 'Callback'), ['Rückmeldung'], 'de')
define(phone('custom', 'Callback'), ['Rappel'], 'fr')
define(phone('custom', 'Radio'), ['Radio Phone'])
define(phone('custom', 'Radio'), ['Radio téléphone'], 'fr')
define(phone('custom', 'Telex'), ['Telex'])
define(phone('custom', 'Telex'), ['Télex'], 'fr')
define(phone('custom', 'TTY/TDD'), ['TTY/TDD Phone'])
define(phone('custom', 'TTY/TDD'), ['Telefon für Hörbehinderte'], 'de')
define(phone('custom', 'TTY/TDD'), ['Téléphone TDD/TTY'], 'fr')
define(phone('custom', 'ISDN'), ['ISDN'])
define(phone('custom', 'ISDN'), ['RNIS'], 'fr')
define(phone('custom', 'Assistant'), ["Assistant's Phone", 'Assistant Phone'])
define(phone('custom', 'Assistant'), ['Telefon Assistent'], 'de')
define(phone('custom', 'Assistant'), ["Téléphone de l'assistant(e)"], 'fr')
define(phone('custom', 'Video'), ['Phone Video', 'Video Phone'])

// Addresses (English, Outlook / Thunderbird / generic)
for (const [key, type, words] of [
  ['home', 'home', ['Home']],
  ['work', 'work', ['Business', 'Work']],
  ['other', 'other', ['Other']],
] as const) {
  for (const w of words) {
    defineAddress(key, type, {
      street: [`${w} Street`, `${w} Address`, `${w} Street 1`],
      extended: [`${w} Street 2`, `${w} Street 3`, `${w} Address 2`, `${w} Address 3`],
      poBox: [`${w} PO Box`, `${w} Address PO Box`, `${w} P.O. Box`],
      city: [`${w} City`, `${w} Town`],
      region: [`${w} State`, `${w} Region`, `${w} Province`, `${w} County`],
      postalCode: [
        `${w} Postal Code`,
        `${w} Zip`,
        `${w} ZipCode`,
        `${w} Zip Code`,
        `${w} Postcode`,
      ],
      country: [`${w} Country/Region`, `${w} Country`],
    })
  }
}
defineAddress(
  'work',
  'work',
  {
    street: ['Straße geschäftlich'],
    extended: ['Straße geschäftlich 2', 'Straße geschäftlich 3'],
    poBox: ['Postfach geschäftlich'],
    city: ['Ort geschäftlich'],
    region: ['Region geschäftlich', 'Bundesland/Kanton geschäftlich'],
    postalCode: ['Postleitzahl geschäftlich'],
    country: ['Land/Region geschäftlich'],
  },
  'de'
)
defineAddress(
  'home',
  'home',
  {
    street: ['Straße privat'],
    extended: ['Straße privat 2', 'Straße privat 3'],
    poBox: ['Postfach privat'],
    city: ['Ort privat'],
    region: ['Bundesland/Kanton privat', 'Region privat'],
    postalCode: ['Postleitzahl privat'],
    country: ['Land/Region privat'],
  },
  'de'
)
defineAddress(
  'other',
  'other',
  {
    street: ['Weitere Straße'],
    extended: ['Weitere Straße 2', 'Weitere Straße 3'],
    poBox: ['Weiteres Postfach'],
    city: ['Weiterer Ort'],
    region: ['Weiteres/r Bundesland/Kanton', 'Weitere Region'],
    postalCode: ['Weitere Postleitzahl'],
    country: ['Weiteres/e Land/Region', 'Weiteres/r Land/Region'],
  },
  'de'
)
for (const [key, type, word, box] of [
  ['work', 'work', 'bureau', 'B.P. professionnelle'],
  ['home', 'home', 'domicile', 'Boîte postale du domicile'],
  ['other', 'other', 'autre', 'Autre boîte postale'],
] as const) {
  defineAddress(
    key,
    type,
    {
      street: [`Rue (${word})`],
      extended: [`Rue (${word}) 2`, `Rue (${word}) 3`],
      poBox: [box],
      city: [`Ville (${word})`],
      region: [`Dép/Région (${word})`, `Région (${word})`],
      postalCode: [`Code postal (${word})`],
      country: [`Pays/Région (${word})`, `Pays (${word})`],
    },
    'fr'
  )
}

// Dates
define({ field: 'birthday' }, ['Birthday', 'Birth Date', 'Birthdate', 'Date of Birth', 'DOB'])
define({ field: 'birthday' }, ['Geburtstag', 'Geburtsdatum'], 'de')
define({ field: 'birthday' }, ['Anniversaire', 'Date de naissance'], 'fr')
define({ field: 'events.#.value', type: 'anniversary' }, ['Anniversary', 'Wedding Anniversary'])
define({ field: 'events.#.value', type: 'anniversary' }, ['Jahrestag', 'Hochzeitstag'], 'de')
define(
  { field: 'events.#.value', type: 'anniversary' },
  ['Anniversaire de mariage ou fête', 'Anniversaire de mariage'],
  'fr'
)

// Relations
const relation = (type: string): Template => ({ field: 'relations.#.value', type })
define(relation('manager'), ["Manager's Name", 'Manager', 'Manager Name'])
define(
  relation('manager'),
  ['Name des/r Vorgesetzten', 'Name des/der Vorgesetzten', 'Vorgesetzte(r)'],
  'de'
)
define(relation('manager'), ['Responsable'], 'fr')
define(relation('assistant'), ["Assistant's Name", 'Assistant', 'Assistant Name'])
define(relation('assistant'), ['Assistent(in)', 'Name Assistent'], 'de')
define(relation('assistant'), ["Nom de l'assistant(e)"], 'fr')
define(relation('spouse'), ['Spouse', 'Spouse/Partner', 'Partner'])
define(relation('spouse'), ['Ehepartner'], 'de')
define(relation('spouse'), ['Conjoint(e)', 'Conjoint'], 'fr')
define(relation('child'), ['Children', 'Child'])
define(relation('child'), ['Kinder'], 'de')
define(relation('child'), ['Enfants'], 'fr')
define(relation('reference'), ['Referred By'])
define(relation('reference'), ['Empfohlen von'], 'de')
define(relation('reference'), ['Recommandé par'], 'fr')

// Websites
const url = (type: string): Template => ({ field: 'urls.#.value', type })
define(url('work'), [
  'Web Page',
  'Business Web Page',
  'Business Home Page',
  'Work Web Page',
  'Web Page 1',
  'Website Work',
  'Work Website',
])
define(url('work'), ['Webseite'], 'de')
define(url('work'), ['Page Web'], 'fr')
define(url('homePage'), [
  'Personal Web Page',
  'Home Page',
  'Homepage',
  'Web Page 2',
  'Website Home Page',
  'Personal Website',
])
define(url('other'), ['Website', 'Web Site', 'URL', 'Web', 'Website Other'])
define(url('blog'), ['Blog', 'Website Blog'])
define(url('profile'), ['Profile', 'Website Profile'])

// Instant messaging
const im = (service: string): Template => ({ field: 'imClients.#.value', service })
define(im('Other'), ['IMAddress', 'IM Address', 'Instant Messenger', 'IM'])
define(im('AIM'), ['Screen Name', 'AIM', 'IM Aim', 'AIM Screen Name'])
for (const service of [
  'ICQ',
  'Jabber',
  'MSN',
  'Skype',
  'Yahoo',
  'QQ',
  'Google Talk',
  'XMPP',
  'Gadu-Gadu',
]) {
  define(im(canonicalService(service)), [
    service,
    `IM ${service}`,
    `${service} ID`,
    `${service} Name`,
  ])
}

// The rest
define({ field: 'notes' }, ['Notes', 'Note', 'Comments', 'Comment', 'Remarks'])
define({ field: 'notes' }, ['Notizen', 'Notiz', 'Bemerkungen'], 'de')
define({ field: 'notes' }, ['Remarques', 'Commentaires'], 'fr')
define({ field: 'labels' }, ['Labels', 'Group Membership', 'Categories', 'Groups', 'Tags', 'Group'])
define({ field: 'labels' }, ['Kategorien', 'Gruppen'], 'de')
define({ field: 'labels' }, ['Catégories', 'Groupes'], 'fr')
define({ field: 'photo' }, ['Photo', 'Picture', 'Photo URL'])
define({ field: 'starred' }, ['Starred', 'Favorite', 'Favourite'])
define({ field: 'uid' }, ['UID'])
// Outlook bookkeeping columns whose values are defaults, not data.
define({ field: 'ignore' }, ['Priority', 'Sensitivity', 'Private', 'Internet Free Busy'])
define(
  { field: 'ignore' },
  [
    'Priorität',
    'Vertraulichkeit',
    'Sensibilität',
    'Privat',
    'Internet Frei/Gebucht',
    'Internet-Frei/Gebucht',
  ],
  'de'
)
define(
  { field: 'ignore' },
  ['Priorité', 'Critère de diffusion', 'Privé', 'Disponibilité Internet'],
  'fr'
)
define({ field: 'customFields.#.value' }, ['Company Yomi', 'Office Location'])
// Recognised localised headers without a field of their own (kept as custom fields).
for (const header of [
  'Geschlecht',
  'Initialen',
  'Beruf',
  'Büro',
  'Konto',
  'Sprache',
  'Stichwörter',
  'Reisekilometer',
  'Abrechnungsinformation',
  'Benutzer 1',
  'Benutzer 2',
  'Benutzer 3',
  'Benutzer 4',
  'Organisationsnr.',
  'Verzeichnisserver',
]) {
  define({ field: 'customFields.#.value' }, [header], 'de')
}
for (const header of [
  'Sexe',
  'Initiales',
  'Passe-temps',
  'Profession',
  'Bureau',
  'Compte',
  'Langue',
  'Mots clés',
  'Kilométrage',
  'Informations facturation',
  'Utilisateur 1',
  'Utilisateur 2',
  'Utilisateur 3',
  'Utilisateur 4',
  'Emplacement',
  "Serveur d'annuaire",
  'Code gouvernement',
]) {
  define({ field: 'customFields.#.value' }, [header], 'fr')
}

const TITLE_HEADERS = new Set(['title', 'titre', 'titel'])

/** Google's numbered headers: "E-mail 1 - Value", "Address 2 - Postal Code", "IM 1 - Service". */
const NUMBERED = /^(.+?)\s+(\d{1,3})\s*-\s*(.+)$/
const NUMBERED_LISTS: Record<string, ListName | 'organization'> = {
  email: 'emails',
  phone: 'phones',
  address: 'addresses',
  relation: 'relations',
  website: 'urls',
  event: 'events',
  im: 'imClients',
  customfield: 'customFields',
  organization: 'organization',
}
const NUMBERED_PARTS: Record<string, string> = {
  type: 'type',
  label: 'type',
  value: 'value',
  formatted: 'formatted',
  street: 'street',
  city: 'city',
  pobox: 'poBox',
  region: 'region',
  postalcode: 'postalCode',
  country: 'country',
  extendedaddress: 'extended',
  service: 'service',
}

type Suggestion = { template: Template; locale?: Locale; numbered?: { list: ListName; n: number } }

function numbered(header: string): Suggestion | null {
  const m = NUMBERED.exec(header.trim())
  if (!m) return null
  const list = NUMBERED_LISTS[looseKey(m[1]!)]
  if (!list) return null
  const n = Number(m[2])
  const sub = looseKey(m[3]!)
  const keep: Suggestion = { template: { field: 'customFields.#.value' } }
  if (list === 'organization') {
    const fields: Record<string, string> = {
      name: 'organization.company',
      title: 'organization.title',
      department: 'organization.department',
    }
    const field = n === 1 ? fields[sub] : undefined
    return field ? { template: { field } } : keep
  }
  let part = NUMBERED_PARTS[sub]
  if (list === 'customFields' && part === 'type') part = 'label'
  if (!part || !(LIST_PARTS[list] as readonly string[]).includes(part)) return keep
  return { template: { field: `${list}.${n - 1}.${part}` }, numbered: { list, n } }
}

const TYPE_WORDS: [RegExp, string][] = [
  [/\b(home|private|personal|privat|domicile)\b/, 'home'],
  [/\b(work|business|office|job|geschäftlich|bureau)\b/, 'work'],
  [/\b(other|weitere[rs]?|autre)\b/, 'other'],
]

function typeWord(lower: string): string | undefined {
  for (const [re, type] of TYPE_WORDS) if (re.test(lower)) return type
  return undefined
}

/** Guesses a field from the words of a header no dictionary entry knows. */
function guess(header: string): Template | null {
  const lower = header.toLowerCase()
  const type = typeWord(lower)
  if (/e-?mail|courriel/.test(lower)) return { field: 'emails.#.value', type: type ?? 'other' }
  if (/\b(fax)\b/.test(lower)) {
    return type === 'home' || type === 'work'
      ? phone(type === 'home' ? 'homeFax' : 'workFax')
      : phone('custom', 'Fax')
  }
  if (/\b(mobile|cell|handy|portable)\b/.test(lower)) return phone('mobile')
  if (/\b(pager)\b/.test(lower)) return phone('pager')
  if (/phone|\btel\b|telefon|téléphone/.test(lower)) return phone(type ?? 'other')
  if (/\b(birthday|birth date|dob|geburtstag)\b/.test(lower)) return { field: 'birthday' }
  const address: [RegExp, string][] = [
    [/\b(country)\b/, 'country'],
    [/\b(zip|postal|postcode|plz)\b/, 'postalCode'],
    [/\b(state|province|region|county)\b/, 'region'],
    [/\b(city|town|locality)\b/, 'city'],
    [/\b(po box|pobox|p\.o\. box)\b/, 'poBox'],
    [/\b(street|address|addr)\b.*\b2\b/, 'extended'],
    [/\b(street|address|addr)\b/, 'street'],
  ]
  for (const [re, part] of address) {
    if (re.test(lower))
      return { field: `addresses.@${type ?? 'other'}.${part}`, type: type ?? 'other' }
  }
  if (/\b(website|web site|web page|url|homepage)\b/.test(lower))
    return url(type === 'home' ? 'homePage' : (type ?? 'other'))
  if (/\b(notes?|comments?)\b/.test(lower)) return { field: 'notes' }
  if (/\b(company|organi[sz]ation|employer)\b/.test(lower)) return { field: 'organization.company' }
  if (/\b(job title|position)\b/.test(lower)) return { field: 'organization.title' }
  if (/\b(department)\b/.test(lower)) return { field: 'organization.department' }
  if (/\b(categor(y|ies)|groups?|labels?|tags?)\b/.test(lower)) return { field: 'labels' }
  return null
}

/** Headers that only differ from others by spacing ("Birth Day" is not "Birthday"). */
const EXACT: Record<string, Template> = {
  'birth year': { field: 'birthday.year' },
  'birth month': { field: 'birthday.month' },
  'birth day': { field: 'birthday.day' },
}

function suggestOne(header: string): Suggestion | null {
  const exact = EXACT[header.trim().toLowerCase().replace(/\s+/g, ' ')]
  if (exact) return { template: exact }
  const counted = numbered(header)
  if (counted) return counted
  const known = DICTIONARY.get(looseKey(header))
  if (known) return { template: known, locale: known.locale }
  const guessed = guess(header)
  return guessed ? { template: guessed } : null
}

/**
 * True when a header names a contact field (used to recognise CSV files):
 * a header of a known layout, or a short header whose words name a field.
 */
export function isKnownHeader(header: string): boolean {
  const exact = EXACT[header.trim().toLowerCase().replace(/\s+/g, ' ')]
  const known = exact ?? numbered(header)?.template ?? DICTIONARY.get(looseKey(header))
  if (known) return known.field !== 'ignore' && !known.field.startsWith('customFields.')
  return header.trim().length <= 25 && guess(header) !== null
}

/** Which program wrote the file, and in which language, judging by its header row. */
export function describeHeaders(headers: string[]): { layout: CsvLayout; locale: HeaderLocale } {
  const keys = new Set(headers.map(looseKey))
  const has = (h: string) => keys.has(looseKey(h))
  const counts: Record<Locale, number> = { en: 0, de: 0, fr: 0 }
  for (const header of headers) {
    const locale = DICTIONARY.get(looseKey(header))?.locale
    if (locale) counts[locale]++
  }
  const locale: HeaderLocale = counts.de > 2 ? 'de' : counts.fr > 2 ? 'fr' : null
  const numberedLabel = headers.some((h) => /^\S.*\s\d+\s-\sLabel$/.test(h.trim()))
  if (has('First Name') && (has('Labels') || has('Organization Name') || numberedLabel)) {
    return { layout: 'google', locale: 'en' }
  }
  if (has('Given Name') && (has('Group Membership') || headers.some((h) => / - Type$/.test(h)))) {
    return { layout: 'google-legacy', locale: 'en' }
  }
  if (has('Primary Email') && has('Display Name') && has('Screen Name')) {
    return { layout: 'thunderbird', locale: 'en' }
  }
  if (locale) return { layout: 'outlook', locale }
  if (has('E-mail Address') && (has('Business Phone') || has('Home Phone') || has('Job Title'))) {
    return { layout: 'outlook', locale: 'en' }
  }
  return { layout: 'generic', locale: null }
}

/**
 * Suggests a mapping for a header row. Headers that name a field (in any
 * case, spacing or punctuation; English plus German and French Outlook
 * headers; Google's numbered groups) are mapped to it; every other non-empty
 * header becomes a custom field labelled with the header, so no column is
 * lost unless the user says so.
 */
export function suggestMapping(headers: string[]): ColumnMapping {
  const suggestions = headers.map((h) => (h.trim() === '' ? null : suggestOne(h)))

  // "Title" is the name prefix when another column holds the job title
  // (Outlook: "Title" + "Job Title"; French Outlook: "Titre" twice).
  const titleColumns = headers.flatMap((h, i) => (TITLE_HEADERS.has(looseKey(h)) ? [i] : []))
  const hasJobTitle = suggestions.some((s) => s?.template.field === 'organization.title')
  titleColumns.forEach((column, i) => {
    const asPrefix = hasJobTitle || (titleColumns.length > 1 && i === 0)
    suggestions[column] = { template: { field: asPrefix ? 'name.prefix' : 'organization.title' } }
  })

  // Entry numbers: Google's numbered groups keep theirs; other columns get new ones after them.
  const next: Record<string, number> = {}
  for (const s of suggestions) {
    if (s?.numbered) next[s.numbered.list] = Math.max(next[s.numbered.list] ?? 0, s.numbered.n)
  }
  const groups = new Map<string, number>()
  const used = new Set<string>()
  const mapping: ColumnMapping = []
  headers.forEach((header, column) => {
    const s = suggestions[column]
    if (header.trim() === '') return
    let template: Template = s?.template ?? { field: 'customFields.#.value', label: header.trim() }
    if (template.field === 'customFields.#.value' && template.label === undefined) {
      template = { ...template, label: header.trim() }
    }
    let field = template.field
    const list = field.split('.')[0]!
    if (field.includes('.#.')) {
      const index = next[list] ?? 0
      next[list] = index + 1
      field = field.replace('#', String(index))
    } else if (field.includes('.@')) {
      const key = `${list}:${field.split('.')[1]}`
      let index = groups.get(key)
      if (index === undefined) {
        index = next[list] ?? 0
        next[list] = index + 1
        groups.set(key, index)
      }
      field = field.replace(/@[a-z]+/, String(index))
    }
    if (
      field !== 'ignore' &&
      !REPEATABLE.has(field) &&
      !field.startsWith('addresses.') &&
      used.has(field)
    ) {
      // A second column for a one-value field: keep it as a custom field.
      const index = next.customFields ?? 0
      next.customFields = index + 1
      mapping.push({ column, field: `customFields.${index}.value`, label: header.trim() })
      return
    }
    used.add(field)
    const entry: MappingEntry = { column, field }
    if (template.type !== undefined) entry.type = template.type
    if (template.label !== undefined) entry.label = template.label
    if (template.service !== undefined) entry.service = template.service
    mapping.push(entry)
  })
  return mapping
}
