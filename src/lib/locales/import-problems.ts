import type { UiLang } from '../langs.ts';

/**
 * The sentences of the import problems (`src/data/import/messages.ts`) in every interface language, keyed by the
 * problem code, as i18next templates over the problem's params (`{{size}}`, `{{column}}` …, the same names the
 * English functions read). The English is word for word what `problemMessage` says; a test holds them together.
 *
 * Params arrive as given, numbers unformatted. Russian and Kazakh keep every interpolated value in the nominative
 * (a colon, a parenthesis or a noun before it), since its ending cannot be chosen here; the numbers the importer
 * passes next to a counted noun (`max`: 1 000 or 20 000, `size`: bytes) end in zero, so «символов» / «байт» fit.
 * Some params are themselves English words (`kind`, `langs`, `format`, `formats`, `reason`, `fallback` of
 * 'place-unknown'); the caller translates them or passes them through as they are.
 */
export const IMPORT_PROBLEMS: Record<UiLang, Record<string, string>> = {
  en: {
    // The whole file.
    'too-large': 'The file is {{size}} bytes; files up to {{max}} bytes can be opened. Split it and open the parts.',
    'empty-file': 'The file is empty.',
    'spreadsheet-binary':
      'This is a {{kind}} workbook, which cannot be read here; save it as CSV (comma or semicolon separated) and open that.',
    'not-text': 'The file is not text: open a CSV, a tab-separated file or a GeoJSON file.',
    'encoding-windows-1251':
      'The file is not UTF-8; it was read as Windows-1251 (Cyrillic, as Russian-language Excel saves CSV). Check that the Cyrillic text reads correctly.',
    'header-missing-required':
      'The header lacks required columns ({{missing}}) for {{format}}. Recognised column sets: {{formats}}.',
    'header-unrecognised':
      'The header ({{found}}) matches none of the formats this importer reads. Recognised column sets: {{formats}}.',
    'header-duplicate': 'The column "{{column}}" appears more than once; only the first one is read.',
    'header-unknown-ignored': 'The column "{{column}}" is not one this importer reads; it is ignored.',
    'no-usable-rows': 'No row could be imported ({{read}} read, {{skipped}} skipped).',
    'geojson-invalid': 'The file is not a GeoJSON FeatureCollection: {{reason}}.',
    'csv-unclosed-quote': 'A quoted cell is never closed; the rest of the file from this line on is one cell.',
    'quotes-untranslated':
      '{{count}} quote(s) are in {{langs}} and the file gives no English translation; they are marked as untranslated.',
    'no-place-columns':
      'The file has no place or coordinate columns; all {{count}} row(s) are shown without a location.',
    'no-category-column': 'The file has no category column; every row is filed under "{{fallback}}" until you add one.',
    // One cell or row.
    'missing-title': 'The title is empty; the row is skipped.',
    'missing-date': 'The date is empty; the row is skipped.',
    'date-unreadable':
      'This is not a date this importer reads (e.g. 2024-03-15, 2024-03, 2024, 15.03.2024, 03.2024, 15 March 2024, 2024-03-01/2024-03-15).',
    'date-ambiguous':
      'Day and month could be either way round (both are 12 or less) and no other row of the column settles the order; write it as 2024-03-05 or 5 March 2024.',
    'date-out-of-range': 'The date lies outside {{first}}–{{last}}, the span the explorer covers.',
    'date-range-reversed': 'The range ends before it starts.',
    'date-with-time': 'The time of day is left out; the date is kept to the day.',
    'acled-time-precision-unknown':
      'The time_precision is not 1, 2 or 3; the date is kept only to its month, the least precise ACLED reading.',
    'latitude-out-of-range': 'The latitude is not between -90 and 90; the coordinates are not used.',
    'longitude-out-of-range': 'The longitude is not between -180 and 180; the coordinates are not used.',
    'coordinate-unreadable': 'This is not a number; the coordinates are not used.',
    'coordinates-incomplete': 'Only one of latitude and longitude is given; the coordinates are not used.',
    // The caller passes `fallback` as a translated clause, or else the default clause
    // `importProblem.placeUnknownDefault`: the template always needs one.
    'place-unknown':
      '"{{place}}" is not in the gazetteer (names and old names in English, Russian and Kazakh); {{fallback}}.',
    placeUnknownDefault: 'the row is shown without a location',
    'place-missing': 'The row gives no place and no coordinates; it is shown without a location.',
    'place-id-unknown':
      'The place id "{{id}}" is not a published place; the row\'s place name and coordinates are used.',
    'category-unknown':
      '"{{value}}" is not a category of the explorer; the row is filed under "{{fallback}}". Categories: {{categories}}.',
    'acled-event-type-unknown':
      'ACLED type "{{value}}" has no category mapping; the row is filed under "{{fallback}}".',
    'formula-neutralised':
      'The cell starts with =, +, - or @, which a spreadsheet would run as a formula; it is kept as plain text.',
    'quote-truncated': 'The quote is longer than {{max}} characters; only the first {{max}} are kept.',
    'text-truncated': 'The text is longer than {{max}} characters; only the first {{max}} are kept.',
    'id-duplicate': 'The id "{{id}}" is already used by line {{firstLine}}; this row gets "{{newId}}".',
    'id-unusable': 'The id cannot be made into a link-safe id; this row gets "{{newId}}".',
    'source-url-invalid': 'This is not a web address (http or https); the row cites the file itself instead.',
    'html-removed': 'HTML markup was removed from the text; the words are kept.',
    'timeline-slide-skipped': 'A TimelineJS "{{type}}" slide is not an incident; the row is skipped.',
    'location-precision-invalid': '"{{value}}" does not fit this place; the precision is set to "{{precision}}".',
    'actor-role-unknown': '"{{role}}" is not a role of the explorer; the actor is listed as "{{fallback}}".',
    'people-count-invalid': 'The number of people is not a whole number; it is left out.',
    'record-invalid':
      "The record made from this row breaks the dataset's rules ({{field}}: {{message}}); it is left out.",
    'row-extra-cells': 'The row has {{cells}} cells but the header only {{columns}}; the extra cells are ignored.',
  },
  ru: {
    'too-large':
      'Размер файла — {{size}} байт; открыть можно файлы размером до {{max}} байт. Разделите файл на части и откройте их по отдельности.',
    'empty-file': 'Файл пуст.',
    'spreadsheet-binary':
      'Это книга {{kind}}, прочитать её здесь нельзя; сохраните её в формате CSV (с разделителем «запятая» или «точка с запятой») и откройте полученный файл.',
    'not-text': 'Это не текстовый файл: откройте файл CSV, файл с разделителями-табуляциями или файл GeoJSON.',
    'encoding-windows-1251':
      'Файл не в кодировке UTF-8; он прочитан как Windows-1251 (кириллическая кодировка, в которой русскоязычный Excel сохраняет CSV). Проверьте, правильно ли читается текст на кириллице.',
    'header-missing-required':
      'В заголовке нет обязательных столбцов ({{missing}}) для формата «{{format}}». Распознаваемые наборы столбцов: {{formats}}.',
    'header-unrecognised':
      'Заголовок ({{found}}) не соответствует ни одному из форматов, которые поддерживает импорт. Распознаваемые наборы столбцов: {{formats}}.',
    'header-duplicate': 'Столбец «{{column}}» встречается несколько раз; читается только первый из них.',
    'header-unknown-ignored': 'Столбец «{{column}}» не поддерживается при импорте; он не учитывается.',
    'no-usable-rows': 'Не удалось импортировать ни одной строки (прочитано: {{read}}, пропущено: {{skipped}}).',
    'geojson-invalid': 'Файл не является коллекцией объектов GeoJSON (FeatureCollection): {{reason}}.',
    'csv-unclosed-quote':
      'Ячейка, открытая кавычкой, нигде не закрыта; весь остаток файла, начиная с этой строки, прочитан как одна ячейка.',
    'quotes-untranslated':
      'В файле нет перевода на английский для цитат на следующих языках: {{langs}} (цитат: {{count}}); они отмечены как непереведённые.',
    'no-place-columns':
      'В файле нет столбцов с местом или координатами; все строки ({{count}}) показаны без указания места.',
    'no-category-column':
      'В файле нет столбца с категорией; пока вы его не добавите, все строки отнесены к категории «{{fallback}}».',
    'missing-title': 'Название не заполнено; строка пропущена.',
    'missing-date': 'Дата не заполнена; строка пропущена.',
    'date-unreadable':
      'Эта дата записана в виде, который импорт не распознаёт (поддерживаются, например, 2024-03-15, 2024-03, 2024, 15.03.2024, 03.2024, 15 марта 2024, 2024-03-01/2024-03-15).',
    'date-ambiguous':
      'День и месяц можно прочитать в любом порядке (оба числа не больше 12), и ни одна другая строка этого столбца не позволяет установить порядок; запишите дату как 2024-03-05 или 5 марта 2024.',
    'date-out-of-range': 'Дата выходит за пределы охватываемого здесь периода: {{first}}–{{last}}.',
    'date-range-reversed': 'Период заканчивается раньше, чем начинается.',
    'date-with-time': 'Время суток отброшено; дата сохранена с точностью до дня.',
    'acled-time-precision-unknown':
      'Значение time_precision не равно 1, 2 или 3; дата сохранена только с точностью до месяца — наименьшей точностью, которую допускает ACLED.',
    'latitude-out-of-range': 'Широта не находится в пределах от -90 до 90; координаты не используются.',
    'longitude-out-of-range': 'Долгота не находится в пределах от -180 до 180; координаты не используются.',
    'coordinate-unreadable': 'Это не число; координаты не используются.',
    'coordinates-incomplete': 'Указана только широта или только долгота; координаты не используются.',
    // `fallback`: a translated clause, or else `importProblem.placeUnknownDefault`.
    'place-unknown':
      '«{{place}}» нет в справочнике географических названий (названия и прежние названия на английском, русском и казахском языках); {{fallback}}.',
    placeUnknownDefault: 'строка показана без указания места',
    'place-missing': 'В строке не указаны ни место, ни координаты; она показана без указания места.',
    'place-id-unknown':
      'Идентификатор места «{{id}}» не соответствует ни одному опубликованному месту; используются название места и координаты из строки.',
    'category-unknown':
      'Категории «{{value}}» здесь нет; строка отнесена к категории «{{fallback}}». Категории: {{categories}}.',
    'acled-event-type-unknown':
      'Для типа ACLED «{{value}}» нет соответствующей категории; строка отнесена к категории «{{fallback}}».',
    'formula-neutralised':
      'Ячейка начинается с символа =, +, - или @, и электронная таблица выполнила бы её как формулу; она сохранена как обычный текст.',
    'quote-truncated': 'Цитата длиннее {{max}} символов; сохранены только первые {{max}}.',
    'text-truncated': 'Текст длиннее {{max}} символов; сохранены только первые {{max}}.',
    'id-duplicate': 'Идентификатор «{{id}}» уже занят строкой {{firstLine}}; этой строке присвоен «{{newId}}».',
    'id-unusable':
      'Из этого идентификатора нельзя получить идентификатор, пригодный для ссылки; этой строке присвоен «{{newId}}».',
    'source-url-invalid': 'Это не веб-адрес (http или https); вместо него источником строки указан сам файл.',
    'html-removed': 'Из текста удалена HTML-разметка; слова сохранены.',
    'timeline-slide-skipped': 'Слайд TimelineJS типа «{{type}}» не является инцидентом; строка пропущена.',
    'location-precision-invalid':
      '«{{value}}» не подходит для этого места; установлено значение точности «{{precision}}».',
    'actor-role-unknown': 'Роли «{{role}}» здесь нет; человек или организация указаны с ролью «{{fallback}}».',
    'people-count-invalid': 'Число людей не является целым числом; оно опущено.',
    'record-invalid':
      'Запись, сделанная из этой строки, нарушает правила набора данных ({{field}}: {{message}}); она не показана.',
    'row-extra-cells':
      'Ячеек в строке: {{cells}}, а столбцов в заголовке — только {{columns}}; лишние ячейки не учитываются.',
  },
  kk: {
    'too-large':
      'Файлдың өлшемі — {{size}} байт; {{max}} байтқа дейінгі файлдарды ашуға болады. Файлды бөліктерге бөліп, оларды жеке-жеке ашыңыз.',
    'empty-file': 'Файл бос.',
    'spreadsheet-binary':
      'Бұл — {{kind}} жұмыс кітабы, оны мұнда оқу мүмкін емес; оны CSV форматында (үтірмен немесе нүктелі үтірмен бөлінген) сақтап, сол файлды ашыңыз.',
    'not-text': 'Бұл мәтіндік файл емес: CSV файлын, табуляциямен бөлінген файлды немесе GeoJSON файлын ашыңыз.',
    'encoding-windows-1251':
      'Файл UTF-8 кодтауында емес; ол Windows-1251 ретінде оқылды (орыс тілді Excel CSV файлдарын сақтайтын кириллица кодтауы). Кириллицамен жазылған мәтіннің дұрыс оқылатынын тексеріңіз.',
    'header-missing-required':
      'Тақырып жолында «{{format}}» форматына міндетті бағандар жоқ ({{missing}}). Танылатын баған жиынтықтары: {{formats}}.',
    'header-unrecognised':
      'Тақырып жолы ({{found}}) импорттау кезінде оқылатын форматтардың ешқайсысына сәйкес келмейді. Танылатын баған жиынтықтары: {{formats}}.',
    'header-duplicate': '«{{column}}» бағаны бірнеше рет кездеседі; тек біріншісі оқылады.',
    'header-unknown-ignored': '«{{column}}» бағаны импорттау кезінде оқылмайды; ол еленбейді.',
    'no-usable-rows': 'Бірде-бір жолды импорттау мүмкін болмады (оқылғаны: {{read}}, өткізілгені: {{skipped}}).',
    'geojson-invalid': 'Файл GeoJSON нысандар жиынтығы (FeatureCollection) емес: {{reason}}.',
    'csv-unclosed-quote':
      'Тырнақшамен басталған ұяшық жабылмаған; файлдың осы жолдан бастап қалған бөлігі түгел бір ұяшық ретінде оқылды.',
    'quotes-untranslated':
      'Файлда мына тілдердегі дәйексөздердің ағылшынша аудармасы жоқ: {{langs}} (дәйексөз саны: {{count}}); олар аударылмаған деп белгіленді.',
    'no-place-columns':
      'Файлда орын немесе координат бағандары жоқ; барлық {{count}} жол орны көрсетілмеген күйде көрсетіледі.',
    'no-category-column':
      'Файлда санат бағаны жоқ; сіз оны қоспайынша, барлық жол «{{fallback}}» санатына жатқызылады.',
    'missing-title': 'Атауы толтырылмаған; жол өткізіліп жіберілді.',
    'missing-date': 'Күні толтырылмаған; жол өткізіліп жіберілді.',
    'date-unreadable':
      'Бұл импорттау кезінде танылатын күн жазылымы емес (мысалы, 2024-03-15, 2024-03, 2024, 15.03.2024, 03.2024, 15 наурыз 2024, 2024-03-01/2024-03-15 танылады).',
    'date-ambiguous':
      'Күн мен айдың ретін екі жақты түсінуге болады (екеуі де 12-ден аспайды), ал бағанның басқа жолдарының ешқайсысы бұл ретті анықтамайды; күнді 2024-03-05 немесе 5 наурыз 2024 түрінде жазыңыз.',
    'date-out-of-range': 'Күні мұнда қамтылған кезеңнен тыс: {{first}}–{{last}}.',
    'date-range-reversed': 'Кезеңнің аяқталу күні басталу күнінен бұрын тұр.',
    'date-with-time': 'Тәулік уақыты алынып тасталды; күні тек күнге дейінгі дәлдікпен сақталды.',
    'acled-time-precision-unknown':
      'time_precision мәні 1, 2 немесе 3 емес; күні тек ай дәлдігімен сақталды — бұл ACLED рұқсат ететін ең төмен дәлдік.',
    'latitude-out-of-range': 'Ендік -90 мен 90 аралығында емес; координаттар пайдаланылмайды.',
    'longitude-out-of-range': 'Бойлық -180 мен 180 аралығында емес; координаттар пайдаланылмайды.',
    'coordinate-unreadable': 'Бұл сан емес; координаттар пайдаланылмайды.',
    'coordinates-incomplete': 'Ендік пен бойлықтың біреуі ғана берілген; координаттар пайдаланылмайды.',
    // `fallback`: a translated clause, or else `importProblem.placeUnknownDefault`.
    'place-unknown':
      '«{{place}}» жер атаулары анықтамалығында жоқ (ағылшын, орыс және қазақ тілдеріндегі атаулар мен бұрынғы атаулар); {{fallback}}.',
    placeUnknownDefault: 'жол орны көрсетілмеген күйде көрсетіледі',
    'place-missing': 'Жолда орын да, координаттар да көрсетілмеген; ол орны көрсетілмеген күйде көрсетіледі.',
    'place-id-unknown':
      '«{{id}}» орын идентификаторы жарияланған орындардың ешқайсысына сәйкес келмейді; жолдағы жер атауы мен координаттар пайдаланылады.',
    'category-unknown':
      '«{{value}}» мұндағы санаттардың бірі емес; жол «{{fallback}}» санатына жатқызылды. Санаттар: {{categories}}.',
    'acled-event-type-unknown': 'ACLED түрі «{{value}}» үшін сәйкес санат жоқ; жол «{{fallback}}» санатына жатқызылды.',
    'formula-neutralised':
      'Ұяшық =, +, - немесе @ таңбасынан басталады, ал электрондық кесте оны формула ретінде орындар еді; ол кәдімгі мәтін ретінде сақталды.',
    'quote-truncated': 'Дәйексөз {{max}} таңбадан ұзын; тек алғашқы {{max}} таңба сақталды.',
    'text-truncated': 'Мәтін {{max}} таңбадан ұзын; тек алғашқы {{max}} таңба сақталды.',
    'id-duplicate': '«{{id}}» идентификаторы {{firstLine}}-жолда қолданылып қойған; бұл жолға «{{newId}}» берілді.',
    'id-unusable':
      'Бұл идентификаторды сілтемеге жарамды идентификаторға айналдыру мүмкін емес; бұл жолға «{{newId}}» берілді.',
    'source-url-invalid':
      'Бұл веб-мекенжай емес (http немесе https); оның орнына жолдың дереккөзі ретінде файлдың өзі көрсетілді.',
    'html-removed': 'Мәтіннен HTML белгілеуі алынып тасталды; сөздер сақталды.',
    'timeline-slide-skipped': '«{{type}}» түріндегі TimelineJS слайды оқиға емес; жол өткізіліп жіберілді.',
    'location-precision-invalid': '«{{value}}» бұл орынға сәйкес келмейді; дәлдік «{{precision}}» деп белгіленді.',
    'actor-role-unknown': '«{{role}}» мұндағы рөлдердің бірі емес; адам немесе ұйым «{{fallback}}» рөлімен көрсетілді.',
    'people-count-invalid': 'Адамдар саны бүтін сан емес; ол алынып тасталды.',
    'record-invalid':
      'Осы жолдан жасалған жазба деректер жинағының ережелерін бұзады ({{field}}: {{message}}); ол көрсетілмейді.',
    'row-extra-cells': 'Жолда {{cells}} ұяшық бар, ал тақырып жолында тек {{columns}} баған; артық ұяшықтар еленбейді.',
  },
};
