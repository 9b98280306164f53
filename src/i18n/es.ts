import type { EntityKind } from '../model/schema';
import type { Messages } from './messages';

const KIND_NAMES: Record<EntityKind, string> = {
  person: 'persona',
  organization: 'organización',
  'government-body': 'organismo público',
  country: 'país',
  place: 'lugar',
  facility: 'recinto',
  law: 'ley',
  group: 'grupo',
};

/** "1 acontecimiento", "3 acontecimientos": Spanish plurals take -s or -es. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The UI text in Spanish, as a newsroom in Latin America would write it (neutral, no voseo,
 * infinitives on buttons). Typed as the English table, so a missing or extra key is a type
 * error: every string the English table has, this one has.
 */
export const es: Messages = {
  /** Intl's Spanish: "14 de abril de 2025", "marzo de 2025". */
  dateLocale: 'es',
  appLoading: 'Cargando la historia…',
  detailsHeading: 'Detalles',
  detailsEmpty:
    'Seleccione un acontecimiento en la línea de tiempo, o una persona u organización en el mapa, para ver qué se sabe y de dónde sale cada dato.',
  detailsSourcesHeading: 'Fuentes de esta historia',
  detailsClear: 'Quitar la selección',
  detailsWho: 'Quiénes participaron',
  detailsEvents: 'Acontecimientos',
  detailsRelations: 'Relaciones',
  detailsEventsOfRelation: 'Acontecimientos detrás de esta relación',
  detailsCitations: 'Fuentes',
  detailsNote: 'Nota',
  detailsPeriod: 'Cuándo estuvo vigente',
  detailsPeriodFrom: (d: string) => `desde ${d}`,
  detailsPeriodUntil: (d: string) => `hasta ${d}`,
  detailsPeriodAlways: 'sin fechas: vale para toda la historia',
  detailsPeriodOfEvents: (span: string) => `${span}, según sus acontecimientos`,
  dateLine: (date: string, precision: string, basis: string) => `${date}, ${precision}, ${basis}`,
  dateNoteSummary: 'Cómo sabemos la fecha',
  precisionWords: {
    day: 'día exacto',
    month: 'se conoce el mes',
    year: 'se conoce el año',
  },
  basisWords: {
    stated: 'la da la fuente',
    inferred: 'deducida',
    reference: 'según una referencia pública',
  },
  approximateWord: 'aproximada',
  approximateEndWords: {
    start: 'inicio aproximado',
    end: 'final aproximado',
  },
  tabCompare: 'Comparar',
  compareIntro: (points: number) =>
    `Los reportes de prensa de esta historia, comparados en ${points} puntos: en qué coinciden, en qué difieren y qué cuenta uno solo. Cada punto cita a todos los reportes, o indica cuál no dice nada.`,
  compareVerdicts: {
    agree: 'En qué coinciden los reportes',
    differ: 'En qué difieren',
    'one-only': 'Lo que cuenta un solo reporte',
  },
  termOpen: 'Qué significa',
  termDefinitionOf: (term: string) => `Qué significa “${term}”`,
  termClose: 'Cerrar',
  claimHeading: 'Una afirmación en disputa',
  claimBy: 'Lo afirma',
  claimAtIssue: 'Qué está en juego',
  claimDisputedBy: 'Lo disputa',
  claimStatus: {
    asserted: 'Afirmación: una de las partes lo dice',
    alleged: 'Acusación: no está probada',
    disputed: 'En disputa: la otra parte lo niega',
    denied: 'Negado',
    admitted: 'Admitido por la parte a la que perjudica',
  },
  kindNames: KIND_NAMES,
  kindPlural: {
    person: 'Personas',
    organization: 'Organizaciones',
    'government-body': 'Organismos públicos',
    country: 'Países',
    place: 'Lugares',
    facility: 'Recintos',
    law: 'Leyes',
    group: 'Grupos',
  },
  sourceQuoteFrom: (source: string) => `— ${source}`,
  referenceLabel: 'Referencia',
  sourcePublished: (source: string, date: string) => `${source} (${date})`,
  sourceOpen: 'Abrir la fuente ↗',
  sourceOpenLabel: (source: string) => `Abrir la fuente, ${source}, en una pestaña nueva`,
  relationSentence: (from: string, label: string, to: string) => `${from} ${label} ${to}`,
  listEventsHeading: 'Acontecimientos en orden cronológico',
  listTermsHeading: 'Términos explicados',
  listEntitiesHeading: 'Personas, organizaciones y lugares',
  listRelationsHeading: 'Relaciones: quién, qué, a quién, cuándo',
  claimLine: (by: string, disputedBy: string | undefined) =>
    `afirmación de ${by}${disputedBy ? `, disputada por ${disputedBy}` : ''}`,
  tabDetails: 'Detalles',
  tabLists: 'Listas',
  announceEntity: (name: string, events: number, relations: number) =>
    `Selección: ${name}. ${count(events, 'acontecimiento', 'acontecimientos')}, ${count(relations, 'relación', 'relaciones')}`,
  announceEvent: (title: string, date: string, entities: number) =>
    `Selección: ${title}, ${date}. ${count(entities, 'participante', 'participantes')}`,
  announceRelation: (sentence: string, events: number) =>
    `Relación seleccionada: ${sentence}. ${count(events, 'acontecimiento', 'acontecimientos')}`,
  announceCleared: 'Se quitó la selección',
  windowToggle: 'Mapa según el período de la línea de tiempo',
  windowReadout: (period: string, shown: number, total: number) =>
    `Período: ${period}. ${shown} de ${total} personas y organizaciones`,
  windowWhole: (total: number) => `Toda la historia: las ${total} personas y organizaciones`,
  windowOff: (total: number) =>
    `Mapa sin filtrar por fechas: las ${total} personas y organizaciones`,
  noticeUnknownItem: (kind: string, id: string) =>
    `Ningún elemento (${kind}) de esta historia tiene el id que da el enlace (texto del enlace: “${id}”), así que no se seleccionó nada.`,
  noticeOneSelection: (kind: string, id: string) =>
    `El enlace pide más de un elemento; se omitió el otro (${kind}; texto del enlace: “${id}”).`,
  noticeBadDate: (which: string, value: string) =>
    `La fecha “${which}” del enlace no tiene la forma 2025-03 o 2025-04-14 (texto del enlace: “${value}”), así que se muestra toda la historia.`,
  noticeBackwardsWindow: (from: string, to: string) =>
    `El período del enlace termina (${to}) antes de empezar (${from}), así que se muestra toda la historia.`,
  noticeDismiss: 'Cerrar',
  graphLabel: 'Quién es quién: el mapa de relaciones',
  graphLoading: 'Cargando el mapa…',
  timelineLabel: (n: number, from: string, to: string) =>
    `Línea de tiempo: ${count(n, 'acontecimiento', 'acontecimientos')}, de ${from} a ${to}`,
  skipLinksLabel: 'Ir a una vista',
  skipToTimeline: 'Ir a la línea de tiempo',
  skipToGraph: 'Ir al mapa',
  skipToDetails: 'Ir a los detalles',
  skipToLists: 'Ir a las listas',
  listsJumpLabel: 'Saltar dentro de las listas',
  timelineHeading: 'Cuándo ocurrió',
  timelineEmpty:
    'Esta historia aún no tiene hechos: no hay nada que mostrar en la línea de tiempo.',
  timelineHelp:
    'Las flechas izquierda y derecha recorren los acontecimientos en orden cronológico; Inicio y Fin llevan al primero y al último. Enter selecciona, Escape quita la selección. Más y menos acercan y alejan, Mayús con una flecha desplaza la vista y 0 la restablece.',
  timelineZoomGroup: 'Acercar o alejar la línea de tiempo',
  timelineZoomIn: 'Acercar',
  timelineZoomOut: 'Alejar',
  timelineReset: 'Toda la historia',
  timelineResetLabel: 'Mostrar toda la historia',
  timelineEarlierLabel: 'Mover la ventana hacia fechas anteriores',
  timelineLaterLabel: 'Mover la ventana hacia fechas posteriores',
  timelineEventName: (title: string, date: string) => `${title}, ${date}`,
  timelineBreak: (years: number) => `${count(years, 'año', 'años')} sin acontecimientos`,
  legendHeading: 'Leyenda',
  legendPoint: 'día',
  legendPeriod: 'mes o año',
  legendRange: 'lapso',
  legendApproximate: 'aproximada',
  legendBreak: 'años omitidos',
  asOf: (date: string) => `Al ${date}`,
  embedSources: (n: number) => `${count(n, 'fuente', 'fuentes')}; cada dato, con su cita`,
  embedOpenFull: 'Abrir en pantalla completa',
  embedOpenFullLabel: 'Abrir esta vista en pantalla completa, en una pestaña nueva',
  embedCopyLink: 'Copiar el enlace a esta vista',
  embedCopied: 'Enlace copiado',
  embedCopyManual: 'Copie este enlace:',
  embedThisView: 'Insertar esta vista',
  embedDialogHelp:
    'Pegue este código en su artículo: el explicador se abre en esta vista y se ajusta al ancho de la columna.',
  embedCodeLabel: 'Código para insertar',
  embedCopyCode: 'Copiar el código',
  embedPreviewWidth: 'Vista previa a',
  embedFullWidth: 'ancho completo',
  embedPreviewTitle: 'Vista previa del explicador insertado',
  embedClose: 'Cerrar',
  embedFrameTitle: (title: string) => `${title}: explicador interactivo`,
  errorHeading: 'No se pudo mostrar esta historia',
  errorIntro: (file: string, n: number) =>
    `${file} tiene ${count(n, 'problema', 'problemas')}. No se cambió nada: ${n === 1 ? 'corríjalo' : 'corríjalos'} y vuelva a cargar la página.`,
  errorLoad: (file: string, reason: string) => `No se pudo cargar ${file}: ${reason}`,
  errorWhere: (path: string) => (path ? path : 'el archivo'),
  errorFix: 'Cómo corregirlo:',
  dateAbout: (words: string) => `aproximadamente ${words}`,
  dateRange: (from: string, to: string) => `${from} a ${to}`,
  dateAt: (date: string, time: string) => `${date} a las ${time}`,
  graph: {
    kinds: KIND_NAMES,
    legendLabel: 'Tipos de entidad',
    nodesLabel: (n: number) =>
      `${count(n, 'entidad', 'entidades')}; las flechas llevan de una a otra`,
    entityName: (name: string, kind: string, role: string | undefined, relations: number) =>
      [name, kind, role, count(relations, 'relación', 'relaciones')].filter(Boolean).join(', '),
    inactive: 'fuera del período elegido',
    relationName: (from: string, label: string, to: string) => `${from} ${label} ${to}`,
    claimStatus: {
      asserted: 'afirmación de una de las partes',
      alleged: 'acusación no probada',
      disputed: 'en disputa',
      denied: 'negada',
      admitted: 'admitida',
    },
    claim: (status: string, by: string, disputedBy: string | undefined, note: string) =>
      `Afirmación (${status}). La hace ${by}.${disputedBy ? ` La disputa ${disputedBy}.` : ''} ${note}`,
    list: (names: string[]) =>
      names.length < 3
        ? names.join(' y ')
        : `${names.slice(0, -1).join(', ')} y ${names[names.length - 1]}`,
    zoomIn: 'Acercar el mapa',
    zoomOut: 'Alejar el mapa',
    fit: 'Ver el mapa completo',
    help: 'Las flechas llevan a la entidad más cercana en esa dirección; Inicio, Fin, RePág y AvPág siguen el orden de lectura. Enter o Espacio selecciona, Escape quita la selección. R recorre las relaciones de una entidad. Más y menos acercan y alejan, 0 muestra el mapa completo.',
    dashedKey: 'discontinua: una afirmación',
    zoomGroup: 'Acercar o alejar el mapa',
    layingOut: 'Dibujando el mapa…',
    empty: 'Esta historia aún no nombra personas ni organizaciones: el mapa está vacío.',
    partial: 'Parte del mapa: arrastre para ver el resto, o ⤢ para verlo completo.',
    groupsLabel: 'Grupos de entidades muy relacionadas: elija uno para acercarlo',
    groupOpen: (leader: string, count: number) =>
      `${leader} y ${count - 1} más: ${count} entidades. Acercar`,
  },
  download: {
    open: 'Descargar',
    heading: 'Descargar esta vista',
    help: 'Imágenes de la línea de tiempo y del mapa tal como se ven ahora, con el título, lo que muestran y las fuentes; los datos que las sustentan; o todo el explicador en un solo archivo.',
    shows: (caption: string) => `Ahora: ${caption}`,
    picturesHeading: 'Imágenes',
    views: { timeline: 'Línea de tiempo', graph: 'Mapa' },
    formats: { png: 'imagen PNG', svg: 'dibujo SVG' },
    pictureLabel: (view: string, format: string) => `${view} como ${format}`,
    dataHeading: 'Datos',
    storyJson: 'Toda la historia (JSON)',
    eventsCsv: (n: number) => `${count(n, 'acontecimiento', 'acontecimientos')} del período (CSV)`,
    csvColumns: ['fecha', 'título', 'resumen', 'fuentes'],
    singleHeading: 'Todo el explicador',
    singleLink: (kilobytes: number) => `Descargar este explicador (${kilobytes} KB)`,
    singleHelp:
      'Un solo archivo HTML que funciona sin conexión, sin red ni servidor: para una memoria USB o una plataforma educativa.',
    saved: (file: string) => `Se guardó ${file}`,
    failed: (file: string, reason: string) => `No se pudo crear ${file}: ${reason}`,
    notDrawn: 'la vista todavía no está dibujada',
    close: 'Cerrar',
    selected: (name: string) => `Selección: ${name}`,
    wholeStory: 'Toda la historia',
    caption: (parts: readonly string[]) => parts.join(' · '),
    sources: (reports: readonly string[], references: number) =>
      `Fuentes: ${[...reports, count(references, 'referencia pública', 'referencias públicas')].join('; ')}`,
    credit: (sources: string, asOf: string, address?: string) =>
      [sources, `al ${asOf}`, address].filter(Boolean).join(' · '),
  },
  open: {
    button: 'Abrir una historia…',
    heading: 'Abrir su propia historia',
    help: 'Una historia en el formato que lee este explicador: un archivo JSON, o las hojas de una hoja de cálculo guardadas como CSV (story.csv, sources.csv, entities.csv, events.csv, relations.csv…). Elija los archivos o suéltelos en cualquier parte de esta página.',
    privacy:
      'Los archivos se leen aquí, en su navegador. No se sube ni se envía nada a ninguna parte.',
    choose: 'Elegir archivos…',
    inputLabel: 'Archivos de la historia: un archivo JSON, o las hojas CSV',
    template:
      'Empiece por la plantilla, una pequeña historia inventada que usa todas las columnas:',
    templateLink: (file: string) => `Descargar ${file} de la plantilla`,
    showing: (files: string) => `En pantalla: la historia abierta desde ${files}.`,
    localLink:
      'Se lee desde su computadora, así que no se puede enlazar: un enlace a esta página abre la historia propia del explicador.',
    back: 'Volver a la historia original',
    close: 'Cerrar',
    drop: 'Suelte los archivos de la historia para abrirlos',
    reading: 'Leyendo la historia…',
    opened: (title: string, events: number, entities: number) =>
      `Se abrió “${title}”: ${count(events, 'acontecimiento', 'acontecimientos')}, ${count(entities, 'entidad', 'entidades')}.`,
    failed: (files: string, n: number) =>
      `No se pudo abrir ${files}: ${count(n, 'problema', 'problemas')}`,
    kept: 'La historia en pantalla no ha cambiado. Corrija los archivos y vuelva a abrirlos.',
    warnings: (n: number) =>
      `${count(n, 'advertencia', 'advertencias')}, que no impiden abrir la historia`,
    dismiss: 'Descartar',
    fix: 'Corrección:',
    theFiles: 'los archivos',
    line: (line: number, column: number) => `línea ${line}, columna ${column}`,
    row: (row: number, field?: string) => `fila ${row}${field ? ` (${field})` : ''}`,
    column: (header: string) => `columna ${header}`,
    field: (field: string) => `campo ${field}`,
    files: (names: readonly string[]) =>
      names.length <= 2 ? names.join(' y ') : `${names.length} archivos CSV`,
    noFiles: 'no se dio ningún archivo',
    notStory: 'no es un archivo de historia: su nombre no termina en .json ni en .csv',
    kindFix:
      'Abra un archivo de historia terminado en .json, o las hojas de la historia terminadas en .csv.',
    mixed: 'se dieron juntos un archivo JSON y hojas CSV',
    mixedFix: 'Abra o bien el archivo JSON de la historia, o bien sus hojas CSV.',
    severalJson: (n: number) => `se dieron ${n} archivos JSON; una historia es un solo archivo`,
    severalJsonFix: 'Abra una historia a la vez.',
    notUtf8: 'el archivo no es texto UTF-8',
    notUtf8Fix: 'Vuelva a guardarlo como UTF-8: la mayoría de los editores lo ofrecen al guardar.',
    utf16: 'este archivo es texto UTF-16; el explicador lee UTF-8',
    utf16Fix:
      'Guárdelo como UTF-8: en el Bloc de notas, Archivo → Guardar como, Codificación UTF-8; en VS Code, haga clic en “UTF-16” en la barra de estado y luego en Guardar con codificación, UTF-8.',
    unreadable: (reason: string) => `no se pudo leer el archivo: ${reason}`,
    linkRefused: (origin: string) =>
      `el enlace pide una historia de otro sitio${origin ? ` (${origin})` : ''}. Desde un enlace solo se puede abrir un archivo de historia de este mismo sitio, así que no se descargó nada; se muestra la historia propia del explicador`,
    linkRefusedFix:
      'Ponga el archivo de la historia en el mismo sitio que el explicador y enlácelo por su ruta, como ?story=stories/mi-historia.json.',
    linkFailed: (reason: string) =>
      `no se pudo cargar la historia que nombra el enlace (${reason}); se muestra la historia propia del explicador`,
    linkFailedFix: 'Revise la ruta del enlace: se lee desde la carpeta de esta página.',
  },
  search: {
    label: 'Buscar en la historia',
    placeholder: 'Buscar…',
    results: 'Resultados de la búsqueda',
    groups: {
      entity: 'Personas, organizaciones y lugares',
      event: 'Acontecimientos',
      relation: 'Relaciones',
      source: 'Fuentes',
    },
    more: (shown: number, total: number) => `${shown} de ${total}`,
    count: (n: number) =>
      n === 0
        ? 'No se encontró nada'
        : `${count(n, 'resultado', 'resultados')}; flechas arriba y abajo para elegir`,
    fields: {
      name: 'nombre',
      alias: 'también llamado',
      role: 'papel',
      publisher: 'editor',
      summary: 'resumen',
      note: 'nota',
      quote: 'cita',
    },
  },
  story: {
    region: 'La historia, paso a paso',
    start: (chapters: number) => `${chapters} capítulos`,
    startLabel: (chapters: number) => `Recorrer la historia en ${chapters} capítulos`,
    position: (at: number, of: number) => `${at} de ${of}`,
    positionLabel: (at: number, of: number) => `Capítulo ${at} de ${of}`,
    previous: 'Anterior',
    next: 'Siguiente',
    previousLabel: 'Capítulo anterior',
    nextLabel: 'Capítulo siguiente',
    back: 'Volver a la historia',
    close: 'Salir de la historia',
    sources: (count: number) => `Fuentes (${count})`,
    keys: 'AvPág, Espacio o → para el capítulo siguiente; RePág o ← para el anterior; Inicio y Fin para el primero y el último.',
    present: 'Presentar',
    stopPresenting: 'Dejar de presentar',
    fullScreen: 'Pantalla completa',
    fullScreenRefused: 'Aquí no se permite la pantalla completa: la presentación ocupa la ventana.',
    blackedOut: 'La pantalla está en negro: pulse B o el punto para volver a verla.',
    summaryMore: 'Más',
    summaryLess: 'Menos',
    handoutChapters: (n: number) => `La historia en ${n} capítulos`,
    noticeUnknownChapter: (id: string) =>
      `Ningún capítulo de esta historia tiene el id que da el enlace (texto del enlace: “${id}”), así que la historia se abre completa.`,
  },
  theme: {
    /** The high-contrast switch in the header (a toggle: pressed when on). */
    contrast: 'Alto contraste',
    /** Its tooltip: what it is for. */
    contrastHint: 'Mostrar la página con más contraste, para un proyector',
  },
  language: {
    label: 'Idioma',
    quoteTranslation: 'Traducción del explicador:',
  },
};
