/**
 * What each dispatch error of the runtime means, in words people understand: Spanish first
 * (`es`), English (`en`). Each sentence says what happened and what to do; the portal shows it
 * and keeps the raw error (`tenders.CommitmentMismatch`) for support (see `chain/errors.js`).
 *
 * Keys of the outer object are the sections `api.registry.findMetaError()` reports: the
 * runtime's pallet names (`runtime/src/lib.rs`) in lowerCamelCase. Inner keys are the variants
 * of the pallet's `Error` enum. Three more sections hold what is not a pallet's error:
 * - `dispatch`: the module-less `DispatchError` variants (`BadOrigin`, `CannotLookup`...) and
 *   their inner causes as `Token.FundsUnavailable`, `Arithmetic.Overflow`,
 *   `Transactional.LimitReached`, `Trie.RootMismatch`;
 * - `transaction`: why a transaction was refused before entering a block: the
 *   `InvalidTransaction` variants (`Payment`, `Stale`, `Future`, `BadProof`...), the
 *   `UnknownTransaction` ones as `Unknown.*`, and the transaction pool's own refusals
 *   (`Priority`, `Banned`, `AlreadyImported`, `ImmediatelyDropped`).
 *
 * Every variant of every pallet in `pallets/` has an entry, and no entry names a variant that
 * does not exist: `portal/test/errors.test.mjs` reads the Rust sources and checks both. The
 * upstream sections (`system`, `balances`, `utility`) follow the polkadot-sdk versions in
 * `Cargo.lock` (frame-system 49, pallet-balances 51, pallet-utility 50).
 *
 * Style: short (one or two sentences), polite `usted` forms without pronouns where possible,
 * the words of the office that meets the error (unidad compradora, almacén general de depósito,
 * folio real, predio...). Amounts, blocks and names are not interpolated: the page around the
 * message shows them.
 */

/** The same text for every variant of a cause that only support can investigate. */
const INTERNAL_PROOF = {
  es: 'La cadena no pudo comprobar una prueba de su estado. Es un error interno: intente de nuevo y, si se repite, comparta los detalles con soporte.',
  en: 'The chain could not check a proof of its state. This is an internal error: try again and, if it happens again, share the details with support.',
};

export const ERROR_TEXT = {
  // pallets/tenders: buyer units, suppliers, tenders, bids, evaluation, award, contracts.
  tenders: {
    IdsExhausted: {
      es: 'Ya no quedan números para nuevas unidades compradoras o licitaciones. Avise a soporte: hace falta una actualización de la red.',
      en: 'No numbers are left for new buyer units or tenders. Tell support: the network needs an upgrade.',
    },
    BuyerUnitNotFound: {
      es: 'No existe esa unidad compradora. Revise su número.',
      en: 'There is no such buyer unit. Check its number.',
    },
    EmptyOfficials: {
      es: 'Una unidad compradora necesita al menos un servidor público. Agregue uno o más.',
      en: 'A buyer unit needs at least one official. Add one or more.',
    },
    DuplicateOfficial: {
      es: 'La misma cuenta aparece dos veces entre los servidores públicos. Anote cada una una sola vez.',
      en: 'The same account is listed twice among the officials. List each one once.',
    },
    EmptyName: {
      es: 'Falta el nombre o el título. Escríbalo.',
      en: 'The name or title is missing. Type it.',
    },
    NotOfficial: {
      es: 'Esta cuenta no es de un servidor público de la unidad compradora de la licitación. Use la cuenta de uno de sus servidores públicos.',
      en: 'This account is not an official of the tender’s buyer unit. Use the account of one of its officials.',
    },
    NotOrganisation: {
      es: 'Esta cuenta no es una organización verificada. Pida primero a un registrador (SAT) que la verifique.',
      en: 'This account is not a verified organisation. Ask a registrar (SAT) to verify it first.',
    },
    AlreadySupplier: {
      es: 'Esta cuenta ya está inscrita en el padrón de proveedores. Consulte el estado de su registro; si está pendiente, espere la resolución.',
      en: 'This account is already on the supplier registry. Check the status of its registration; if it is pending, wait for the decision.',
    },
    NotSupplier: {
      es: 'Esta cuenta no está inscrita en el padrón de proveedores. Regístrese primero como proveedor.',
      en: 'This account is not on the supplier registry. Register as a supplier first.',
    },
    SupplierNotApproved: {
      es: 'Su registro de proveedor aún no está aprobado. Espere la resolución del padrón de proveedores.',
      en: 'Your supplier registration is not approved. Wait for the supplier registry’s decision.',
    },
    SupplierSuspended: {
      es: 'El proveedor está suspendido: la identidad de su organización fue revocada o pasó a otra cuenta. El padrón resolverá de nuevo cuando la organización esté verificada.',
      en: 'The supplier is suspended: its organisation’s identity was revoked or moved to another account. The registry decides again once the organisation is verified.',
    },
    SupplierIdentityEnded: {
      es: 'Esta cuenta ya no tiene la identidad de la organización con la que se registró (fue revocada o pasó a otra cuenta). Regístrese desde la cuenta actual de la organización.',
      en: 'This account no longer holds the identity of the organisation it registered with (revoked, or moved to another account). Register from the organisation’s current account.',
    },
    AlreadyApproved: {
      es: 'Este proveedor ya está aprobado. No hay nada que hacer.',
      en: 'This supplier is already approved. Nothing to do.',
    },
    AlreadyRejected: {
      es: 'Este proveedor ya fue rechazado. No hay nada que hacer.',
      en: 'This supplier was already rejected. Nothing to do.',
    },
    TenderNotFound: {
      es: 'No existe esa licitación. Revise su número.',
      en: 'There is no such tender. Check its number.',
    },
    EmptyPartidas: {
      es: 'La licitación necesita al menos una partida. Agregue una o más.',
      en: 'The tender needs at least one partida (line item). Add one or more.',
    },
    InvalidPartida: {
      es: 'Una partida tiene cantidad cero o una unidad de medida no válida. Indique una cantidad mayor que cero y una clave de unidad UN/CEFACT de tres caracteres (por ejemplo, H87).',
      en: 'A partida has a quantity of zero or an invalid unit. Give a quantity above zero and a three-character UN/CEFACT unit code (for example, H87).',
    },
    InvalidWeights: {
      es: 'Las ponderaciones de evaluación no suman 100 %. Ajústelas.',
      en: 'The award weights do not add up to 100%. Adjust them.',
    },
    InvalidMunicipality: {
      es: 'El código de municipio no es un código INEGI válido. Use uno de 1 a 999.',
      en: 'The municipality code is not a valid INEGI code. Use one from 1 to 999.',
    },
    UnorderedSchedule: {
      es: 'Las fechas del calendario no van en orden: cada etapa debe terminar después de la anterior. Ordénelas.',
      en: 'The schedule’s dates are out of order: each phase must end after the previous one. Put them in order.',
    },
    ScheduleInPast: {
      es: 'La primera fecha del calendario (fin de la junta de aclaraciones) ya pasó. Publique antes de esa fecha, o cancele el borrador y cree la licitación con fechas futuras.',
      en: 'The schedule’s first date (end of enquiries) has passed. Publish before it, or cancel the draft and create the tender again with future dates.',
    },
    NotDraft: {
      es: 'La licitación ya no es un borrador. Solo los borradores se publican.',
      en: 'The tender is not a draft. Only drafts are published.',
    },
    NotPublished: {
      es: 'La licitación no está publicada (es un borrador o ya tiene fallo). Esta acción solo procede mientras está publicada y antes del fallo.',
      en: 'The tender is not published (it is a draft, or its award was computed). This is only possible while it is published, before the award.',
    },
    AmendmentShortens: {
      es: 'La modificación adelanta una fecha. Las modificaciones solo pueden extender plazos.',
      en: 'The amendment moves a date earlier. Amendments can only extend deadlines.',
    },
    AmendmentReopens: {
      es: 'La modificación mueve una fecha que ya pasó. Solo pueden moverse fechas futuras: una etapa cerrada no se reabre.',
      en: 'The amendment moves a date that has passed. Only future dates can move: a closed phase never reopens.',
    },
    AmendmentEmpty: {
      es: 'La modificación no cambia nada. Extienda al menos una fecha.',
      en: 'The amendment changes nothing. Extend at least one date.',
    },
    CancellationClosed: {
      es: 'Ya se emitió el fallo: la unidad compradora ya no puede cancelar la licitación. Solo la resolución de una inconformidad puede cancelarla.',
      en: 'The award was computed: the buyer unit can no longer cancel the tender. Only the review of a complaint can cancel it.',
    },
    EnquiriesClosed: {
      es: 'Terminó el periodo de la junta de aclaraciones. Las preguntas se hacen antes de que cierre.',
      en: 'The enquiry period has ended. Questions must be asked before it closes.',
    },
    TooManyEnquiries: {
      es: 'Esta licitación ya alcanzó el máximo de preguntas. No caben más.',
      en: 'This tender has reached the maximum number of questions. No more fit.',
    },
    EnquiryNotFound: {
      es: 'No existe esa pregunta. Revise su número en la lista de preguntas.',
      en: 'There is no such question. Check its number in the list of questions.',
    },
    AlreadyAnswered: {
      es: 'Esa pregunta o comentario ya tiene respuesta. Cada uno se responde una sola vez.',
      en: 'That question or comment has already been answered. Each is answered once.',
    },
    BiddingNotOpen: {
      es: 'La recepción de propuestas aún no abre: empieza al terminar la junta de aclaraciones. Espere a esa fecha.',
      en: 'Bidding has not opened: it opens when the enquiry period ends. Wait until then.',
    },
    BiddingClosed: {
      es: 'Cerró la recepción de propuestas (con ella terminan también las respuestas y los retiros de propuestas). Ya no es posible hacerlo.',
      en: 'Bidding has closed (and with it answers to questions and bid withdrawals). It is no longer possible.',
    },
    AlreadyBid: {
      es: 'Su organización ya presentó una propuesta en esta licitación. Solo se admite una por proveedor.',
      en: 'Your organisation has already bid on this tender. Only one bid per supplier is accepted.',
    },
    TooManyBids: {
      es: 'Esta licitación ya alcanzó el máximo de propuestas. No caben más.',
      en: 'This tender has reached the maximum number of bids. No more fit.',
    },
    PhaseTooLong: {
      es: 'Una etapa del calendario es más larga de lo permitido (la primera se cuenta desde la publicación). Acórtela.',
      en: 'A phase of the schedule is longer than allowed (the first counts from publication). Shorten it.',
    },
    TenderTooLong: {
      es: 'El calendario termina más tarde de lo permitido desde la publicación. Acorte el calendario.',
      en: 'The schedule ends later after publication than allowed. Shorten the schedule.',
    },
    TooManyAmendments: {
      es: 'La licitación ya se modificó el máximo de veces. Si las condiciones deben cambiar de nuevo, cancélela y convoque otra.',
      en: 'The tender has been amended the maximum number of times. If the terms must change again, cancel it and tender again.',
    },
    NoBid: {
      es: 'Esta cuenta no tiene propuesta en esta licitación. Revise la licitación.',
      en: 'This account has no bid on this tender. Check the tender.',
    },
    TooManyEnquiriesFromSupplier: {
      es: 'Ya hizo el máximo de preguntas permitido en esta licitación. Reúna las demás en un solo documento.',
      en: 'You have asked the maximum number of questions on this tender. Put the rest together in one document.',
    },
    RevealNotOpen: {
      es: 'Aún no es la apertura de propuestas: empieza cuando cierra la recepción. Espere a esa fecha.',
      en: 'The reveal period has not begun: it begins when bidding closes. Wait until then.',
    },
    RevealClosed: {
      es: 'Terminó el periodo para abrir (revelar) las propuestas. Ya no es posible revelar.',
      en: 'The reveal period has ended. Bids can no longer be revealed.',
    },
    NotBidder: {
      es: 'Esta cuenta no presentó propuesta en esta licitación. Solo los licitantes revelan su propuesta y presentan inconformidades.',
      en: 'This account did not bid on this tender. Only bidders reveal and file complaints.',
    },
    AlreadyRevealed: {
      es: 'Esta propuesta ya fue revelada. Se revela una sola vez.',
      en: 'This bid was already revealed. A bid is revealed once.',
    },
    CommitmentMismatch: {
      es: 'Los datos revelados no coinciden con la propuesta sellada. Revise el precio, las ofertas por partida, el documento y el archivo con la sal que guardó al presentarla, e intente de nuevo.',
      en: 'The revealed values do not match the sealed bid. Check the price, the partida offers, the document and the salt file you kept when bidding, and try again.',
    },
    InvalidOffer: {
      es: 'Las ofertas por partida no son una por partida o no suman el precio total. Corrija la propuesta revelada.',
      en: 'The partida offers are not one per partida, or do not add up to the total price. Correct the revealed bid.',
    },
    ConflictOfInterest: {
      es: 'La persona tiene conflicto de interés: es servidor público de la unidad compradora de la licitación. Designe a otro testigo social.',
      en: 'The person has a conflict of interest: it is an official of the tender’s buyer unit. Assign another social witness.',
    },
    EvaluationNotOpen: {
      es: 'La evaluación aún no empieza: abre cuando termina la apertura de propuestas. Espere a esa fecha.',
      en: 'The evaluation has not begun: it opens when the reveal period ends. Wait until then.',
    },
    EvaluationClosed: {
      es: 'Terminó el periodo para abrir el panel de evaluación. Ya no es posible abrirlo.',
      en: 'The period for opening the evaluation panel has ended. It can no longer be opened.',
    },
    EvaluationAlreadyOpen: {
      es: 'El panel de evaluación de esta licitación ya está abierto. Siga su avance en la sección de evaluación.',
      en: 'This tender’s evaluation panel is already open. Follow it in the evaluation section.',
    },
    NoTechnicalEvaluation: {
      es: 'Esta licitación no da peso a la evaluación técnica, así que no tiene panel de evaluación.',
      en: 'This tender gives the technical evaluation no weight, so it has no evaluation panel.',
    },
    NoRevealedBid: {
      es: 'No se reveló ninguna propuesta: no hay nada que evaluar.',
      en: 'No bid was revealed: there is nothing to evaluate.',
    },
    SeedExpired: {
      es: 'Pasó demasiado tiempo desde la apertura de propuestas y ya no puede formarse el panel. La licitación se adjudicará sin puntuación técnica.',
      en: 'Too much time has passed since the reveal period ended, so the panel can no longer be formed. The tender will be awarded without technical scores.',
    },
    EvaluationPending: {
      es: 'El panel de evaluación sigue en sorteo. Calcule el fallo cuando el panel concluya o falle.',
      en: 'The evaluation panel is still being drawn. Compute the award once the panel concludes or fails.',
    },
    CitizenVoteAlreadyOpen: {
      es: 'La votación ciudadana de esta licitación ya está abierta. Vote en la sección de participación.',
      en: 'This tender’s citizen vote is already open. Vote in the participation section.',
    },
    NoCitizenVote: {
      es: 'Esta licitación no da peso al voto ciudadano, así que no tiene votación ciudadana.',
      en: 'This tender gives the citizens’ vote no weight, so it has no citizen vote.',
    },
    TooFewBidsForVote: {
      es: 'Se revelaron menos de dos propuestas: no hay entre qué elegir en una votación.',
      en: 'Fewer than two bids were revealed: there is nothing to choose between in a vote.',
    },
    NotPerson: {
      es: 'Esta cuenta no es de una persona verificada. Pida primero a un registrador que la verifique.',
      en: 'This account is not a verified person. Ask a registrar to verify it first.',
    },
    VoteNotOpen: {
      es: 'La votación ciudadana aún no puede abrirse: abre cuando termina la revelación de puntuaciones del panel. Espere a esa fecha.',
      en: 'The citizen vote cannot open yet: it opens when the panel’s score reveals end. Wait until then.',
    },
    VoteClosed: {
      es: 'Pasó el plazo de la votación ciudadana. Ya no es posible abrirla.',
      en: 'The citizen vote’s period is over. It can no longer be opened.',
    },
    VoteOpen: {
      es: 'La votación ciudadana sigue abierta. Calcule el fallo cuando termine.',
      en: 'The citizen vote is still open. Compute the award once it ends.',
    },
    NotAwarded: {
      es: 'La licitación no tiene un fallo calculado pendiente de quedar firme. Esta acción procede entre el cálculo del fallo y su firmeza.',
      en: 'The tender has no computed award waiting to become final. This is only possible between the award’s computation and its finalisation.',
    },
    ComplaintsClosed: {
      es: 'Terminó el plazo para presentar inconformidades.',
      en: 'The period for filing complaints has ended.',
    },
    ComplaintsOpen: {
      es: 'El plazo de inconformidades sigue abierto. El fallo queda firme cuando termine.',
      en: 'The complaints period is still open. The award becomes final once it ends.',
    },
    AlreadyComplained: {
      es: 'Su organización ya presentó una inconformidad en esta licitación. Se admite una por licitante.',
      en: 'Your organisation has already filed a complaint on this tender. One per bidder is accepted.',
    },
    ComplaintNotFound: {
      es: 'No existe esa inconformidad. Revise su número en la lista de inconformidades.',
      en: 'There is no such complaint. Check its number in the list of complaints.',
    },
    AlreadyResolved: {
      es: 'Esa inconformidad ya fue resuelta. Cada una se resuelve una sola vez.',
      en: 'That complaint was already resolved. Each is resolved once.',
    },
    ComplaintPending: {
      es: 'Hay una inconformidad pendiente. El órgano de control debe resolverla antes de que el fallo quede firme.',
      en: 'A complaint is pending. The oversight authority must resolve it before the award becomes final.',
    },
    InvalidReevaluation: {
      es: 'El nuevo calendario de reevaluación cambia fechas hasta la apertura de propuestas o fija un fin de evaluación que ya pasó. Conserve esas fechas y fije las siguientes en el futuro.',
      en: 'The re-evaluation schedule changes dates up to the reveal period, or sets an evaluation end that has passed. Keep those dates and set the later ones in the future.',
    },
    AwardNotFinal: {
      es: 'El fallo no está firme, o la licitación se declaró desierta. El contrato se elabora cuando el fallo queda firme.',
      en: 'The award is not final, or the tender was declared void. The contract is drafted once the award is final.',
    },
    ContractSigningClosed: {
      es: 'Venció el plazo para firmar el contrato. Ya no es posible elaborarlo ni firmarlo.',
      en: 'The contract signing deadline has passed. It can no longer be drafted or signed.',
    },
    EmptyDeliverables: {
      es: 'El contrato necesita al menos un entregable. Agregue uno o más.',
      en: 'The contract needs at least one deliverable. Add one or more.',
    },
    DueInPast: {
      es: 'Un entregable tiene fecha de entrega en el pasado. Fije fechas futuras.',
      en: 'A deliverable is due in the past. Set future due dates.',
    },
    AmountsMismatch: {
      es: 'Los montos de los entregables no suman el precio ganador. Ajústelos.',
      en: 'The deliverables’ amounts do not add up to the winning price. Adjust them.',
    },
    ContractNotFound: {
      es: 'Aún no hay contrato para esta licitación. Un servidor público de la unidad compradora debe elaborarlo primero.',
      en: 'There is no contract for this tender yet. An official of the buyer unit must draft it first.',
    },
    ContractAlreadySigned: {
      es: 'El contrato ya tiene una firma y no puede modificarse. Solo se modifica antes de la primera firma.',
      en: 'The contract already has a signature and cannot be redrafted. It can only be redrafted before the first signature.',
    },
    AlreadySigned: {
      es: 'Esta parte ya firmó el contrato. Cada parte firma una sola vez.',
      en: 'This party has already signed the contract. Each party signs once.',
    },
    NotParty: {
      es: 'Esta cuenta no es parte del contrato. Firme con la cuenta de un servidor público de la unidad compradora o del proveedor ganador.',
      en: 'This account is not a party to the contract. Sign with the account of an official of the buyer unit or of the winning supplier.',
    },
    NotSignedWithEfirma: {
      es: 'Falta firmar el documento del contrato con su e.firma. Firme con el formulario «Firmar el contrato con su e.firma» de su escritorio: firma el documento y el contrato en un solo paso.',
      en: 'The contract’s document has not been signed with your e.firma. Sign with the “Sign the contract with your e.firma” form of your desk: it signs the document and the contract in one step.',
    },
    ContractNotActive: {
      es: 'El contrato no está en el estado que requiere esta acción: se firma mientras es borrador y sus entregables se resuelven mientras está vigente.',
      en: 'The contract is not in the state this needs: it is signed while a draft, and its deliverables are settled while it is in force.',
    },
    DeliverableNotFound: {
      es: 'No existe ese entregable en el contrato. Revise su número.',
      en: 'There is no such deliverable in the contract. Check its number.',
    },
    DeliverableNotPending: {
      es: 'Ese entregable ya fue aceptado, rechazado o declarado vencido. Cada entregable se resuelve una sola vez.',
      en: 'That deliverable was already accepted, rejected or declared overdue. Each is settled once.',
    },
    NotOverdue: {
      es: 'El entregable aún no está vencido. Podrá declararlo vencido cuando pase su fecha de entrega.',
      en: 'The deliverable is not overdue yet. It can be declared overdue once its due date has passed.',
    },
    CodeNotInCatalogue: {
      es: 'La clave CUCoP de una partida no está en el catálogo o está dada de baja. Use una clave vigente.',
      en: 'A partida’s CUCoP key is not in the catalogue, or was retired. Use an active key.',
    },
    InvalidReferencePrice: {
      es: 'El precio de referencia de la investigación de mercado es cero. Indique el precio que encontró la investigación de mercado.',
      en: 'The market-research reference price is zero. Give the price the market research found.',
    },
    ContractSigningOpen: {
      es: 'El plazo para firmar el contrato sigue abierto. Un contrato sin firmar se resuelve después de ese plazo.',
      en: 'The contract signing deadline has not passed. An unsigned contract is settled after it.',
    },
    ContractSigned: {
      es: 'El contrato ya está firmado (vigente o concluido). Solo se resuelve así un contrato que no se firmó a tiempo.',
      en: 'The contract is signed (in force or ended). Only a contract not signed in time is settled this way.',
    },
    SocialWitnessRequired: {
      es: 'Por su monto, esta licitación necesita un testigo social para publicarse. Pida al órgano de control que designe uno.',
      en: 'Given its budget, this tender needs a social witness to be published. Ask the oversight authority to assign one.',
    },
    NotSocialWitness: {
      es: 'Esta cuenta no tiene la acreditación vigente de testigo social. Solo los testigos sociales acreditados son designados y emiten testimonio.',
      en: 'This account does not hold a valid social witness accreditation. Only accredited social witnesses are assigned and testify.',
    },
    AlreadyAssigned: {
      es: 'Ese testigo social ya está designado en esta licitación.',
      en: 'That social witness is already assigned to this tender.',
    },
    TooManySocialWitnesses: {
      es: 'Esta licitación ya tiene el máximo de testigos sociales.',
      en: 'This tender already has the maximum number of social witnesses.',
    },
    AssignmentClosed: {
      es: 'Ya se calculó el fallo o la licitación terminó: los testigos sociales se designan antes.',
      en: 'The award was computed or the tender ended: social witnesses are assigned before that.',
    },
    NotAssigned: {
      es: 'Esta cuenta no es testigo social de esta licitación. Solo sus testigos designados emiten testimonio.',
      en: 'This account is not a social witness of this tender. Only its assigned witnesses testify.',
    },
    AlreadyTestified: {
      es: 'Ya presentó su testimonio en esta licitación. Cada testigo lo presenta una sola vez.',
      en: 'You have already filed your testimony on this tender. Each witness testifies once.',
    },
    TestimonyNotOpen: {
      es: 'El procedimiento sigue en curso. El testimonio se presenta cuando se calcula el fallo o termina la licitación.',
      en: 'The procedure is still running. Testimony is filed once the award is computed or the tender ends.',
    },
    CommentsClosed: {
      es: 'La licitación no recibe comentarios: se comenta mientras está publicada, hasta el fallo.',
      en: 'The tender is not taking comments: citizens comment while it is published, until the award.',
    },
    AlreadyCommented: {
      es: 'Ya comentó esta licitación (desde esta u otra cuenta). Se admite un comentario por persona.',
      en: 'You have already commented on this tender (from this or another account). One comment per person is accepted.',
    },
    TooManyComments: {
      es: 'Esta licitación ya alcanzó el máximo de comentarios. No caben más.',
      en: 'This tender has reached the maximum number of comments. No more fit.',
    },
    CommentNotFound: {
      es: 'No existe ese comentario. Revise su número en la lista de comentarios.',
      en: 'There is no such comment. Check its number in the list of comments.',
    },
  },

  // pallets/procurement-catalogue: the CUCoP codes that partidas carry.
  procurementCatalogue: {
    InvalidCode: {
      es: 'La clave no tiene ocho dígitos. Escriba la clave CUCoP tal como está publicada (de 10000000 a 99999999).',
      en: 'The code does not have eight digits. Give the CUCoP key as published (10000000 to 99999999).',
    },
    AlreadyExists: {
      es: 'La clave ya está en el catálogo (quizá dada de baja). Corrija su nombre o reactívela en lugar de agregarla.',
      en: 'The code is already in the catalogue (perhaps retired). Rename or restore it instead of adding it.',
    },
    NotFound: {
      es: 'La clave no está en el catálogo. Agréguela primero.',
      en: 'The code is not in the catalogue. Add it first.',
    },
    EmptyName: {
      es: 'Falta la descripción de la clave. Escríbala.',
      en: 'The code’s description is missing. Type it.',
    },
    InvalidName: {
      es: 'La descripción tiene caracteres no válidos (no es UTF-8). Escríbala de nuevo.',
      en: 'The description has invalid characters (not UTF-8). Type it again.',
    },
    NameUnchanged: {
      es: 'La clave ya tiene esa descripción. Escriba una distinta.',
      en: 'The code already has that description. Give a different one.',
    },
    AlreadyRetired: {
      es: 'La clave ya está dada de baja. No hay nada que hacer.',
      en: 'The code is already retired. Nothing to do.',
    },
    NotRetired: {
      es: 'La clave está vigente. Solo se reactiva una clave dada de baja.',
      en: 'The code is active. Only a retired code can be restored.',
    },
  },

  // pallets/deposit-certificates: warehouses, certificados de depósito and bonos de prenda.
  depositCertificates: {
    WarehouseNotFound: {
      es: 'Esta cuenta no es un almacén general de depósito registrado. Revise la cuenta del almacén.',
      en: 'This account is not a registered general deposit warehouse. Check the warehouse’s account.',
    },
    WarehouseAlreadyExists: {
      es: 'Esta cuenta ya es un almacén general de depósito (autorizado o suspendido). Revise su estado.',
      en: 'This account is already a general deposit warehouse (authorised or suspended). Check its status.',
    },
    WarehouseNotAuthorised: {
      es: 'El almacén no está autorizado (está suspendido o revocado). Consulte a la autoridad.',
      en: 'The warehouse is not authorised (it is suspended or revoked). Ask the authority.',
    },
    WarehouseNotSuspended: {
      es: 'El almacén no está suspendido: solo se rehabilita un almacén suspendido.',
      en: 'The warehouse is not suspended: only a suspended warehouse is reinstated.',
    },
    WarehouseRevoked: {
      es: 'La autorización de este almacén fue revocada. Ya no puede hacerse esta operación con él.',
      en: 'This warehouse’s authorisation is revoked. This can no longer be done with it.',
    },
    NotVerified: {
      es: 'La cuenta no es una persona u organización verificada (un almacén debe ser una organización). Pida primero a un registrador que la verifique.',
      en: 'The account is not a verified person or organisation (a warehouse must be an organisation). Ask a registrar to verify it first.',
    },
    NotRepresentative: {
      es: 'Esta cuenta no es del almacén ni de uno de sus representantes. Use la cuenta del almacén o de un representante.',
      en: 'This account is neither the warehouse nor one of its representatives. Use the warehouse’s account or a representative’s.',
    },
    NoCredential: {
      es: 'La cuenta no tiene la credencial de funcionario de almacén. Pida primero al registrador que la emita.',
      en: 'The account does not hold the warehouse-officer credential. Ask the registrar to issue it first.',
    },
    NotOfficer: {
      es: 'Esta cuenta no es funcionario vigente del almacén (o perdió su credencial). Use la cuenta de un funcionario autorizado.',
      en: 'This account is not a current officer of the warehouse (or lost its credential). Use the account of an authorised officer.',
    },
    AlreadyOfficer: {
      es: 'Esta cuenta ya es funcionario del almacén.',
      en: 'This account is already an officer of the warehouse.',
    },
    TooManyOfficers: {
      es: 'El almacén ya tiene el máximo de funcionarios. Dé de baja a uno primero.',
      en: 'The warehouse already has the maximum number of officers. Remove one first.',
    },
    FolioTaken: {
      es: 'El almacén ya usó ese folio. Elija otro.',
      en: 'The warehouse has already used this folio. Choose another.',
    },
    LotAlreadyBacked: {
      es: 'Ese lote ya respalda un certificado vigente. Primero debe retirarse la mercancía o rematarse.',
      en: 'That lot already backs a live certificate. Its goods must be withdrawn or sold first.',
    },
    ZeroQuantity: {
      es: 'La cantidad es cero. Indique una cantidad mayor que cero.',
      en: 'The quantity is zero. Give a quantity above zero.',
    },
    MalformedLocation: {
      es: 'El código de municipio de la ubicación no es válido. Revise el estado y el municipio (códigos INEGI).',
      en: 'The location’s municipality code is not valid. Check the state and municipality (INEGI codes).',
    },
    InvalidExpiry: {
      es: 'El vencimiento debe ser posterior a hoy y no exceder el plazo máximo de vigencia. Corrija la fecha de vencimiento.',
      en: 'The expiry must be after now and within the maximum validity. Correct the expiry date.',
    },
    CertificateNotFound: {
      es: 'No existe un certificado con ese almacén y folio. Revise los datos (vienen en el código QR del certificado).',
      en: 'There is no certificate with this warehouse and folio. Check them (they are in the certificate’s QR code).',
    },
    NotHolder: {
      es: 'Esta cuenta no es la tenedora del título. Solo su tenedor actual puede hacer esta operación.',
      en: 'This account does not hold the instrument. Only its current holder can do this.',
    },
    SameHolder: {
      es: 'El título ya pertenece a esa cuenta. Endóselo a otra persona u organización.',
      en: 'The instrument already belongs to that account. Endorse it to someone else.',
    },
    NotLive: {
      es: 'El certificado no está vigente (está en incumplimiento, su mercancía fue retirada o rematada).',
      en: 'The certificate is not live (it is in default, or its goods were withdrawn or sold).',
    },
    Expired: {
      es: 'Los títulos vencieron y ya no circulan.',
      en: 'The instruments have expired: they no longer circulate.',
    },
    TooManyHolders: {
      es: 'El título alcanzó el máximo de endosos registrables.',
      en: 'The instrument has reached the maximum number of holders.',
    },
    NotNegotiable: {
      es: 'El certificado se emitió como no negociable: no tiene bono de prenda.',
      en: 'The certificate was issued as non-negotiable: it has no bono de prenda.',
    },
    AlreadyPledged: {
      es: 'El bono de prenda ya fue dado en prenda. Para transmitirlo, endóselo.',
      en: 'The bono de prenda was already pledged. To transfer it, endorse it.',
    },
    NotPledged: {
      es: 'El bono de prenda nunca se dio en prenda. Primero debe otorgarse la prenda (primer endoso del bono).',
      en: 'The bono de prenda was never pledged. It must be pledged first (its first endorsement).',
    },
    PledgeSettled: {
      es: 'La prenda ya no está vigente: el adeudo fue pagado o depositado.',
      en: 'The pledge is no longer outstanding: the debt was repaid or deposited.',
    },
    ZeroAmount: {
      es: 'El monto es cero. Indique un monto mayor que cero.',
      en: 'The amount is zero. Give an amount above zero.',
    },
    InvalidDueDate: {
      es: 'La fecha de vencimiento del préstamo debe ser posterior a hoy y no posterior al vencimiento del certificado.',
      en: 'The loan’s due date must be after now and not after the certificate’s expiry.',
    },
    Encumbered: {
      es: 'El certificado tiene una prenda vigente y lo depositado del adeudo no cubre la mercancía que pide retirar. Pague el adeudo o deposite la parte proporcional en el almacén antes de retirar.',
      en: 'The certificate has an outstanding pledge and the debt deposited does not cover the goods asked for. Repay the debt, or deposit the proportional share with the warehouse, before withdrawing.',
    },
    AmountExceeded: {
      es: 'El monto es mayor que lo que aún se adeuda. Deposite como máximo el saldo pendiente.',
      en: 'The amount is more than the debt still owed. Deposit at most what remains.',
    },
    TooManyWithdrawals: {
      es: 'El certificado alcanzó el máximo de retiros (o depósitos) parciales. Retire (o deposite) todo lo que queda en una sola operación.',
      en: 'The certificate has reached the maximum number of partial withdrawals (or deposits). Withdraw (or deposit) all that remains at once.',
    },
    HistoryFull: {
      es: 'El historial del certificado está lleno. No debería ocurrir: comparta los detalles con soporte.',
      en: 'The certificate’s history is full. This should not happen: share the details with support.',
    },
    QuantityExceeded: {
      es: 'La cantidad es mayor que la que queda en el almacén. Retire como máximo lo que queda.',
      en: 'The quantity is more than what remains in the warehouse. Withdraw at most what remains.',
    },
    NotDue: {
      es: 'El adeudo aún no vence. Podrá declarar el incumplimiento a partir de la fecha de vencimiento.',
      en: 'The debt is not due yet. Default can be declared from its due date.',
    },
    NotInDefault: {
      es: 'El certificado no está en incumplimiento: solo se rematan mercancías en incumplimiento.',
      en: 'The certificate is not in default: only goods in default are sold.',
    },
  },

  // pallets/reforestation-subsidies: programs, predios, applications and grants (CONAFOR).
  reforestationSubsidies: {
    NotFound: {
      es: 'No existe ese programa, predio, solicitud o apoyo. Revise el número.',
      en: 'There is no such program, property, application or grant. Check the number.',
    },
    NoPermission: {
      es: 'Esta cuenta no puede hacer esta operación: la hace la dependencia del programa, el solicitante, un titular del predio o un verificador de campo acreditado que no sea beneficiario ni titular, según el caso.',
      en: 'This account may not do this: it is for the program’s agency, the applicant, a holder of the property or an accredited field verifier who is neither beneficiary nor holder, as the case may be.',
    },
    AlreadyExists: {
      es: 'Ya hay un predio registrado con esa clave catastral o agraria. Solicite el apoyo sobre ese predio.',
      en: 'A property with this cadastral or agrarian key is already registered. Apply on that property.',
    },
    TooManyItems: {
      es: 'Una lista está llena (conceptos, celdas, titulares o registros). Divida la información o pida que se amplíe el límite.',
      en: 'A list is full (concepts, cells, holders or records). Split the input or ask for the limit to be raised.',
    },
    InvalidProgram: {
      es: 'El programa está mal formado: cada concepto una vez, con presupuesto y monto por hectárea; el primer año no posterior al último; municipios válidos; un tope por beneficiario; y tramos que sumen 100 %.',
      en: 'The program is malformed: each concept once, with a budget and an amount per hectare; the first year not after the last; valid municipalities; a cap per beneficiary; and tranches adding up to 100%.',
    },
    InvalidProperty: {
      es: 'Los datos del predio están incompletos: indique la clave, un municipio válido, la superficie y al menos una celda.',
      en: 'The property’s data are incomplete: give its key, a valid municipality, the area and at least one cell.',
    },
    InvalidCell: {
      es: 'Una celda del polígono no es una celda H3 válida a la resolución de la red. Vuelva a generar las celdas a partir del polígono.',
      en: 'A cell is not a valid H3 cell at the network’s resolution. Generate the cells again from the polygon.',
    },
    NotVerified: {
      es: 'Quien firma o uno de los titulares no es una persona u organización verificada (ejido, comunidad). Pida primero su verificación.',
      en: 'The signer or one of the holders is not a verified person or organisation (ejido, comunidad). Have them verified first.',
    },
    ProgramClosed: {
      es: 'El programa ya no recibe solicitudes.',
      en: 'The program no longer takes applications.',
    },
    ConceptNotOffered: {
      es: 'El programa no ofrece ese concepto de apoyo. Revise los conceptos de la convocatoria.',
      en: 'The program does not offer this concept. Check the call’s concepts.',
    },
    NotEligible: {
      es: 'El predio no está en un municipio elegible del programa.',
      en: 'The property is not in one of the program’s eligible municipalities.',
    },
    InvalidArea: {
      es: 'La superficie es cero o mayor que la del predio (en la solicitud) o que la del apoyo (en la verificación). Corríjala.',
      en: 'The area is zero, or above the property’s (in an application) or the grant’s (in a verification). Correct it.',
    },
    NotPending: {
      es: 'La solicitud ya fue resuelta o retirada.',
      en: 'The application was already decided or withdrawn.',
    },
    DuplicateSupport: {
      es: 'Un terreno que comparte celdas con este predio ya tiene un apoyo del mismo concepto en un periodo que se traslapa. Consulte los apoyos en conflicto y registre el rechazo por duplicidad.',
      en: 'Land sharing cells with this property already holds a grant for the same concept in an overlapping period. Look up the conflicting grants and record the rejection as a duplicate.',
    },
    NoDuplicate: {
      es: 'La solicitud no duplica ningún apoyo. Apruébela o recházela con sus motivos.',
      en: 'The application duplicates no grant. Approve it or reject it with reasons.',
    },
    CapExceeded: {
      es: 'Con este apoyo el beneficiario superaría el tope del programa (sumando todos sus predios y cuentas).',
      en: 'With this grant the beneficiary would exceed the program’s cap (across all its properties and accounts).',
    },
    BudgetExceeded: {
      es: 'El presupuesto del concepto no alcanza para este apoyo.',
      en: 'The concept’s budget does not cover this grant.',
    },
    GrantNotActive: {
      es: 'El apoyo ya concluyó o fue cancelado.',
      en: 'The grant is completed or cancelled.',
    },
    VerificationRequired: {
      es: 'El siguiente tramo requiere antes una verificación de campo que cumpla la regla del programa.',
      en: 'The next tranche needs a field verification that meets the program’s rule first.',
    },
    CellNotOnProperty: {
      es: 'Una celda visitada no pertenece al predio. Revise las celdas de la verificación de campo.',
      en: 'A visited cell is not on the property. Check the verification’s cells.',
    },
    InvalidAmount: {
      es: 'El monto no es válido: es cero, no es menor que el del apoyo, es menor que lo ya pagado o excede lo que puede reintegrarse.',
      en: 'The amount is not valid: it is zero, not below the grant’s, below what was paid, or above what can be recovered.',
    },
    NoFailedVerification: {
      es: 'Un reintegro requiere que la última verificación de campo no se haya cumplido, y se registra uno por cada verificación fallida.',
      en: 'A recovery needs the last field verification to have failed, and one recovery is recorded per failure.',
    },
    InUse: {
      es: 'El predio tiene apoyos registrados, que se conservan para auditoría: no puede darse de baja.',
      en: 'The property carries grants, kept for audit: it cannot be removed.',
    },
    Overflow: {
      es: 'Un monto o contador excedió su máximo. Revise las cifras; si son correctas, comparta los detalles con soporte.',
      en: 'An amount or counter exceeded its maximum. Check the figures; if they are right, share the details with support.',
    },
  },

  // pallets/property-registry: the Registro Público de la Propiedad (folios reales).
  propertyRegistry: {
    OfficeNotFound: {
      es: 'La oficina registral no está acreditada. Revise su número.',
      en: 'The registry office is not accredited. Check its number.',
    },
    OfficeAlreadyExists: {
      es: 'Ya hay una oficina registral acreditada con ese número. Elija otro.',
      en: 'A registry office with this number is already accredited. Choose another.',
    },
    InvalidJurisdiction: {
      es: 'El código de municipio no es un código INEGI válido (1 a 999).',
      en: 'The municipality code is not a valid INEGI code (1 to 999).',
    },
    RegistrarNotFound: {
      es: 'La cuenta no es de un registrador acreditado. Revise la cuenta.',
      en: 'The account is not an accredited registrar. Check the account.',
    },
    RegistrarAlreadyExists: {
      es: 'La cuenta ya es registrador. Para cambiarla de oficina, revoque primero su acreditación.',
      en: 'The account is already a registrar. To move it to another office, revoke it first.',
    },
    NotRegistrar: {
      es: 'Esta cuenta no es registrador, o no de la oficina a la que pertenece el folio. Use la cuenta de un registrador de esa oficina.',
      en: 'This account is not a registrar, or not of the folio’s office. Use the account of a registrar of that office.',
    },
    NotPresenter: {
      es: 'Esta cuenta no tiene credencial de notario ni de autoridad. Solo notarios y autoridades presentan documentos.',
      en: 'This account holds neither the notary nor the authority credential. Only notaries and authorities present documents.',
    },
    NotNotary: {
      es: 'Esta cuenta no tiene credencial de notario: solo los notarios presentan avisos preventivos.',
      en: 'This account does not hold the notary credential: only notaries file preventive notices.',
    },
    NoPermission: {
      es: 'Esta cuenta no puede hacer esta operación: la hace el notario del aviso, quien presentó la entrada o, para cancelar un embargo, una autoridad.',
      en: 'This account may not do this: it is for the notice’s notary, the entry’s presenter or, to cancel an embargo, an authority.',
    },
    FolioNotFound: {
      es: 'No existe ese folio real. Revise su número.',
      en: 'There is no such folio real. Check its number.',
    },
    CadastralKeyTaken: {
      es: 'La clave catastral ya pertenece a otro folio abierto. Revise la clave.',
      en: 'The cadastral key already belongs to another open folio. Check the key.',
    },
    EmptyCadastralKey: {
      es: 'Falta la clave catastral. Escríbala.',
      en: 'The cadastral key is missing. Type it.',
    },
    NoOwners: {
      es: 'Faltan titulares: los propietarios, o los adquirentes de la transmisión, no pueden quedar vacíos.',
      en: 'Owners are missing: the owners, or the acquirers of a transfer, cannot be empty.',
    },
    DuplicateOwner: {
      es: 'Una persona aparece dos veces entre los titulares. Anote cada una una sola vez.',
      en: 'A party appears twice among the owners. List each one once.',
    },
    NoticeAlreadyFiled: {
      es: 'El folio ya tiene un aviso preventivo vigente. Espere a que se use, se retire o venza.',
      en: 'The folio already has a live preventive notice. Wait until it is used, withdrawn or expired.',
    },
    NoticeNotFound: {
      es: 'El folio no tiene aviso preventivo.',
      en: 'The folio has no preventive notice.',
    },
    NoticeExpired: {
      es: 'El aviso preventivo venció. Presente uno nuevo.',
      en: 'The preventive notice has expired. File a new one.',
    },
    NotExpired: {
      es: 'El aviso preventivo aún no vence. Espere a su fecha de vencimiento.',
      en: 'The preventive notice has not expired yet. Wait for its expiry.',
    },
    EntryNotFound: {
      es: 'No existe esa entrada en el folio. Revise el número de entrada.',
      en: 'There is no such entry on the folio. Check the entry number.',
    },
    NotPending: {
      es: 'La entrada ya no está pendiente de calificación (ya fue inscrita, denegada o caducó).',
      en: 'The entry is no longer pending qualification (already inscribed, denied or lapsed).',
    },
    NotSuspended: {
      es: 'La entrada no está suspendida.',
      en: 'The entry is not suspended.',
    },
    Suspended: {
      es: 'La entrada está suspendida por un defecto. Primero debe subsanarse.',
      en: 'The entry is suspended for a defect. It must be corrected first.',
    },
    CorrectionPeriodOver: {
      es: 'Venció el plazo para subsanar la entrada: ya solo puede caducar.',
      en: 'The correction period is over: the entry can only lapse.',
    },
    CorrectionPeriodNotOver: {
      es: 'El plazo para subsanar sigue corriendo. Espere a que venza.',
      en: 'The correction period is not over. Wait for the deadline.',
    },
    NotFirstInPriority: {
      es: 'Hay en el folio una entrada pendiente con prelación anterior. Califique primero esa.',
      en: 'An entry with an earlier priority is pending on the folio. Qualify it first.',
    },
    PriorityReserved: {
      es: 'Un aviso preventivo vigente reserva una prelación anterior. Espere a que se use, se retire o venza.',
      en: 'A live preventive notice reserves an earlier priority. Wait until it is used, withdrawn or expired.',
    },
    NotCurrentOwner: {
      es: 'No hay tracto sucesivo: quienes transmiten, o el propietario que se grava, no son los titulares inscritos. Deniegue la entrada con sus motivos.',
      en: 'No successive title: the transferors, or the owner being encumbered, are not the registered owners. Deny the entry with its reasons.',
    },
    EncumbranceNotFound: {
      es: 'La cancelación no corresponde a ningún gravamen vigente del folio. Revise la entrada que se cancela.',
      en: 'The cancellation names no live encumbrance of the folio. Check the entry being cancelled.',
    },
    TooManyEncumbrances: {
      es: 'El folio ya tiene el máximo de gravámenes vigentes.',
      en: 'The folio already has the maximum number of live encumbrances.',
    },
    TooManyPending: {
      es: 'El folio ya tiene el máximo de entradas pendientes. Espere a que se califiquen algunas.',
      en: 'The folio already has the maximum number of pending entries. Wait until some are qualified.',
    },
    Overflow: {
      es: 'Un contador o una suma llegó a su máximo. Comparta los detalles con soporte.',
      en: 'A counter or a sum reached its maximum. Share the details with support.',
    },
    PartyNotVerified: {
      es: 'Una de las partes no es una persona u organización verificada. Pida primero su verificación.',
      en: 'A party is neither a verified person nor a verified organisation. Have it verified first.',
    },
    FolioClosed: {
      es: 'El folio está cerrado: ya no se presenta, inscribe ni certifica nada en él. Consulte sus folios sucesores.',
      en: 'The folio is closed: nothing more is presented, inscribed or certified on it. See its successor folios.',
    },
    Encumbered: {
      es: 'El folio tiene gravámenes vigentes. Cancélelos antes de cerrarlo, fusionarlo o subdividirlo.',
      en: 'The folio has live encumbrances. Cancel them before closing, merging or subdividing it.',
    },
    EntriesPending: {
      es: 'El folio tiene entradas pendientes de calificación o un aviso preventivo vigente. Califíquelas o espere antes de cerrarlo, fusionarlo o subdividirlo.',
      en: 'The folio has entries pending qualification or a live preventive notice. Qualify them, or wait, before closing, merging or subdividing it.',
    },
    InvalidLand: {
      es: 'Las celdas del terreno no son válidas (deben ser celdas H3 distintas, ordenadas y de la resolución de la red). Vuelva a generarlas.',
      en: 'The land’s cells are not valid (they must be distinct, sorted H3 cells at the network’s resolution). Generate them again.',
    },
    TooManyCells: {
      es: 'El terreno fusionado excedería el máximo de celdas.',
      en: 'The merged land would exceed the maximum number of cells.',
    },
    TooFewFolios: {
      es: 'Una fusión necesita al menos dos folios distintos, y una subdivisión al menos dos partes.',
      en: 'A merger needs at least two distinct folios, and a subdivision at least two parts.',
    },
    DuplicateFolio: {
      es: 'Un folio aparece dos veces en la fusión. Anote cada uno una sola vez.',
      en: 'A folio appears twice in the merger. List each one once.',
    },
    FoliosDiffer: {
      es: 'Los folios a fusionar son de distintas oficinas o tienen distintos propietarios.',
      en: 'The folios to merge belong to different offices or have different owners.',
    },
    SurfaceMismatch: {
      es: 'Las superficies de las partes son cero o no suman la superficie del folio. Corríjalas.',
      en: 'The parts’ surfaces are zero or do not add up to the folio’s surface. Correct them.',
    },
  },

  // pallets/commerce-registry: the Registro Público de Comercio (folios mercantiles).
  commerceRegistry: {
    NotOrganisation: {
      es: 'La cuenta de la sociedad no es una organización verificada. Pida primero su verificación (SAT).',
      en: 'The company’s account is not a verified organisation. Have it verified first (SAT).',
    },
    NotPerson: {
      es: 'La cuenta del administrador o apoderado no es una persona verificada. Pida primero su verificación.',
      en: 'The administrator’s or attorney’s account is not a verified person. Have it verified first.',
    },
    NotNotary: {
      es: 'La cuenta que presenta no tiene credencial de notario o corredor público.',
      en: 'The presenting account does not hold the notary credential.',
    },
    NotFound: {
      es: 'La sociedad no tiene folio mercantil. Inscriba primero su constitución.',
      en: 'The company has no folio mercantil. Inscribe its incorporation first.',
    },
    AlreadyExists: {
      es: 'La sociedad ya tiene folio mercantil. Consulte ese folio.',
      en: 'The company already has a folio mercantil. Look it up.',
    },
    Dissolved: {
      es: 'La sociedad está disuelta: ya no se inscribe ningún acto.',
      en: 'The company is dissolved: no act can be inscribed.',
    },
    EmptyScopes: {
      es: 'No se indicó ninguna facultad. Indique al menos una (pleitos y cobranzas, administración, dominio o títulos de crédito).',
      en: 'No scope was given. Name at least one (litigation and collection, administration, ownership or negotiable instruments).',
    },
    DuplicateScope: {
      es: 'Una facultad aparece dos veces. Indique cada una una sola vez.',
      en: 'A scope is named twice. Name each one once.',
    },
    ExpiryInPast: {
      es: 'La fecha de vencimiento no es futura. Indique una fecha posterior o ninguna.',
      en: 'The expiry is not in the future. Give a later date, or none.',
    },
    AlreadyAdministrator: {
      es: 'La persona ya es administrador vigente de la sociedad.',
      en: 'The person is already a live administrator of the company.',
    },
    AdministrationConflict: {
      es: 'Una sociedad no puede tener a la vez administrador único y consejo de administración. Remueva primero la administración actual.',
      en: 'A company cannot have a sole administrator and a board at once. Remove the current administration first.',
    },
    AdministratorNotFound: {
      es: 'Ese acto no nombró a ningún administrador vigente. Revise el folio.',
      en: 'No live administrator was appointed by that act. Check the folio.',
    },
    PowerNotFound: {
      es: 'Ese acto no otorgó ningún poder vigente. Revise el folio.',
      en: 'No live power was granted by that act. Check the folio.',
    },
    NotExpired: {
      es: 'El poder no ha vencido. Espere a su vencimiento o inscriba su revocación.',
      en: 'The power has not expired. Wait for its expiry, or inscribe its revocation.',
    },
    TooManyAdministrators: {
      es: 'La sociedad ya tiene el máximo de administradores.',
      en: 'The company already has the maximum number of administrators.',
    },
    TooManyPowers: {
      es: 'La sociedad ya tiene el máximo de poderes. Revoque algunos o retire los vencidos.',
      en: 'The company already has the maximum number of powers. Revoke some, or remove expired ones.',
    },
    TooManyActs: {
      es: 'El folio alcanzó el máximo de actos: solo pueden inscribirse remociones, revocaciones y la disolución.',
      en: 'The folio has reached the maximum number of acts: only removals, revocations and the dissolution can still be inscribed.',
    },
  },

  // pallets/digital-identity: registrars, verified persons and organisations, e.firma, credentials.
  digitalIdentity: {
    NotRegistrar: {
      es: 'La cuenta no es de un registrador acreditado. Use la cuenta de un registrador (o, para darlo de baja, revise la cuenta).',
      en: 'The account is not an accredited registrar. Use a registrar’s account (or, to remove one, check the account).',
    },
    NotAccreditedForKind: {
      es: 'El registrador no está acreditado para este tipo de constancia o credencial. La gobernanza puede ampliar su acreditación.',
      en: 'The registrar is not accredited for this kind of attestation or credential type. Governance can extend its accreditation.',
    },
    NotAttestingRegistrar: {
      es: 'Esta constancia la hizo otro registrador, que sigue acreditado: debe actuar ese registrador.',
      en: 'Another registrar made this attestation and is still accredited for it: that registrar must act.',
    },
    EmptyName: {
      es: 'Falta el nombre público. Escríbalo.',
      en: 'The public name is missing. Type it.',
    },
    EmptyKinds: {
      es: 'No se indicó ningún tipo de constancia. Un registrador necesita al menos uno.',
      en: 'No kind of attestation was given. A registrar needs at least one.',
    },
    TooManyRegistrars: {
      es: 'Ya hay el máximo de registradores acreditados. Dé de baja a uno primero.',
      en: 'The maximum number of registrars is accredited. Remove one first.',
    },
    CredentialTypeNotFound: {
      es: 'No existe ese tipo de credencial. Regístrelo primero.',
      en: 'There is no such credential type. Register it first.',
    },
    CredentialTypeAlreadyExists: {
      es: 'Ya existe un tipo de credencial con ese nombre. Elija otro nombre.',
      en: 'A credential type with this name already exists. Choose another name.',
    },
    TooManyCredentialTypes: {
      es: 'Ya existe el máximo de tipos de credencial; no pueden registrarse más.',
      en: 'The maximum number of credential types exists; no more can be registered.',
    },
    InvalidMunicipality: {
      es: 'El código de municipio no es un código INEGI (1 a 999). Indique los tres dígitos del municipio dentro de su estado.',
      en: 'The municipality code is not an INEGI code (1 to 999). Give the three digits of the municipality within its state.',
    },
    InvalidMonth: {
      es: 'El mes de la mayoría de edad no es válido. Indique un mes del 1 al 12.',
      en: 'The month of adulthood is not valid. Give a month from 1 to 12.',
    },
    AlreadyAdult: {
      es: 'La persona ya es mayor de edad. Regístrela como adulta, sin fecha.',
      en: 'The person is already an adult. Record it as an adult, with no date.',
    },
    AlreadyPerson: {
      es: 'Esta cuenta ya es una persona verificada. Para cambiar sus datos, actualícelos; para otra identidad, use otra cuenta.',
      en: 'This account is already a verified person. To change its data, update them; for another identity, use another account.',
    },
    AlreadyOrganisation: {
      es: 'Esta cuenta es una organización verificada. Una persona u otra organización necesita una cuenta propia.',
      en: 'This account is a verified organisation. A person or another organisation needs an account of its own.',
    },
    PersonAlreadyVerified: {
      es: 'Esta persona (su CURP) ya está verificada en otra cuenta. Si perdió el acceso a esa cuenta, solicite la recuperación.',
      en: 'This person (its CURP) is already verified on another account. If it lost access to that account, ask a person registrar for a recovery.',
    },
    PersonKeyCleared: {
      es: 'La identidad de esta persona fue dada de baja; solo vuelve mediante una recuperación ante un registrador.',
      en: 'This person’s identity was cleared; it only comes back through a recovery with a registrar.',
    },
    PersonKeyNotFound: {
      es: 'Ninguna persona fue verificada con esa clave. Revise la clave (y el secreto de los registradores con que se calculó).',
      en: 'No person was ever verified with that key. Check the key (and the registrars’ secret it was computed with).',
    },
    NotPerson: {
      es: 'La cuenta no es una persona verificada. Revise la cuenta o verifíquela primero.',
      en: 'The account is not a verified person. Check the account, or verify it first.',
    },
    OrganisationAlreadyVerified: {
      es: 'Esta organización (su RFC) ya está verificada en otra cuenta. Si cambia de cuenta, revoque primero la anterior.',
      en: 'This organisation (its RFC) is already verified on another account. If it moves, revoke the former one first.',
    },
    NotOrganisation: {
      es: 'La cuenta no es una organización verificada. Revise la cuenta o verifíquela primero.',
      en: 'The account is not a verified organisation. Check the account, or verify it first.',
    },
    DuplicateRepresentative: {
      es: 'La misma cuenta aparece dos veces como representante. Anote cada una una sola vez.',
      en: 'The same account is listed twice as a representative. List each one once.',
    },
    AlreadyRepresentative: {
      es: 'La cuenta ya representa a la organización. No hay nada que agregar.',
      en: 'The account already represents the organisation. Nothing to add.',
    },
    NotRepresentative: {
      es: 'La cuenta no es representante de la organización. Revise la cuenta.',
      en: 'The account does not represent the organisation. Check the account.',
    },
    TooManyRepresentatives: {
      es: 'La organización ya tiene el máximo de representantes. Dé de baja a uno primero.',
      en: 'The organisation already has the maximum number of representatives. Remove one first.',
    },
    NotIdentified: {
      es: 'La cuenta no es una persona ni una organización verificada. Verifíquela primero.',
      en: 'The account is neither a verified person nor a verified organisation. Verify it first.',
    },
    InvalidValidityPeriod: {
      es: 'La fecha de inicio de vigencia del certificado no es anterior a la de fin. Indique la vigencia del certificado.',
      en: 'The certificate’s start of validity is not before its end. Give the certificate’s validity period.',
    },
    CertificateExpired: {
      es: 'El certificado de e.firma venció. El titular necesita una nueva e.firma del SAT.',
      en: 'The e.firma certificate has expired. The holder needs a new e.firma from SAT.',
    },
    CertificateNotYetValid: {
      es: 'El certificado de e.firma aún no es vigente. Firme a partir de su fecha de inicio de vigencia.',
      en: 'The e.firma certificate is not valid yet. Sign from its start of validity on.',
    },
    CertificateAlreadyBound: {
      es: 'Este certificado de e.firma ya está vinculado a una cuenta: cada certificado respalda una sola cuenta.',
      en: 'This e.firma certificate is already bound to an account: one certificate backs one account.',
    },
    CertificateMismatch: {
      es: 'Ese número de serie ya se vinculó con otra llave o vigencia. Revise el archivo .cer.',
      en: 'That serial number was bound before with another key or validity. Check the .cer file.',
    },
    CertificateRevoked: {
      es: 'El SAT revocó este certificado. El titular necesita una nueva e.firma.',
      en: 'SAT revoked this certificate. The holder needs a new e.firma.',
    },
    InvalidSerial: {
      es: 'El número de serie está vacío o empieza con cero. Escríbalo tal como lo muestra la herramienta efirma.',
      en: 'The serial number is empty or has a leading zero. Give it as the efirma tool prints it.',
    },
    InvalidKey: {
      es: 'La llave del certificado no es una llave RSA de 2048 a 4096 bits con exponente 65537.',
      en: 'The certificate’s key is not an RSA key of 2048 to 4096 bits with exponent 65537.',
    },
    InvalidSignature: {
      es: 'La firma no corresponde a la e.firma del certificado para este documento, propósito, cuenta, plazo y red. Vuelva a firmar con el formulario de firma con e.firma del portal.',
      en: 'The signature is not the certificate’s e.firma signature of this document, purpose, account, window and network. Sign again with the portal’s e.firma signing form.',
    },
    OutsideSigningWindow: {
      es: 'Ya no está (o aún no está) dentro del plazo que fijó al firmar para registrar el acto. Vuelva a firmar.',
      en: 'Now is outside the window the signer allowed for registering the act. Sign again.',
    },
    SigningWindowTooLong: {
      es: 'El plazo para registrar el acto de firma es más largo de lo permitido. Firme de nuevo con un plazo más corto.',
      en: 'The window for registering the signing act is longer than allowed. Sign again with a shorter window.',
    },
    NotEfirmaBound: {
      es: 'La cuenta no tiene e.firma vinculada. Un registrador de e.firma (SAT) debe vincularla primero.',
      en: 'The account has no e.firma bound. An e.firma registrar (SAT) must bind one first.',
    },
    EmptyPurpose: {
      es: 'Falta el propósito de la firma. Indique para qué firma el documento.',
      en: 'The purpose is missing. Say why the document is signed.',
    },
    AlreadySigned: {
      es: 'Esta cuenta ya firmó este documento. Basta un acto de firma por firmante.',
      en: 'This account has already signed this document. One signing act per signer is enough.',
    },
    TooManySigners: {
      es: 'El documento ya tiene el máximo de firmantes. Las partes deben firmar antes de difundir la huella del documento.',
      en: 'The document already has the maximum number of signers. Parties should sign before publishing the document’s hash.',
    },
    TooManySigningActs: {
      es: 'La cuenta alcanzó el máximo de actos de firma con su e.firma actual. El SAT debe vincular un nuevo certificado.',
      en: 'The account has registered the maximum number of signing acts under its current e.firma. SAT must bind a new certificate.',
    },
    ExpiryInPast: {
      es: 'La fecha de vencimiento no es futura. Indique una fecha posterior o ninguna.',
      en: 'The expiry is not in the future. Give a later date, or none.',
    },
    CredentialNotFound: {
      es: 'La cuenta no tiene una credencial de ese tipo. Revise la cuenta y el tipo.',
      en: 'The account holds no credential of that type. Check the account and the type.',
    },
    CredentialAlreadyRevoked: {
      es: 'La credencial ya está revocada. No hay nada que revocar.',
      en: 'The credential is already revoked. Nothing to revoke.',
    },
    RecoveryAlreadyPending: {
      es: 'Ya hay una recuperación pendiente para esta persona. Cancélela, o espere y complétela.',
      en: 'A recovery of this person is already pending. Cancel it, or wait and complete it.',
    },
    AccountAwaitingRecovery: {
      es: 'La cuenta está reservada como destino de una recuperación pendiente. Espere a que concluya o cancélela.',
      en: 'The account is the destination of a pending recovery. Wait for it, or cancel it.',
    },
    NoPendingRecovery: {
      es: 'No hay recuperación pendiente para esta persona. Revise la clave de persona.',
      en: 'No recovery of this person is pending. Check the person key.',
    },
    RecoveryNotDue: {
      es: 'Aún no pasa el plazo de espera de la recuperación. Complétela a partir de la fecha indicada.',
      en: 'The recovery’s waiting period has not passed. Complete it from the date shown.',
    },
    RecoveryRegistrarRemoved: {
      es: 'El registrador que anunció la recuperación ya no está acreditado. Otro registrador de personas debe cancelarla y, si la persona lo pide, anunciarla de nuevo.',
      en: 'The registrar that announced the recovery is no longer accredited. Another person registrar cancels it and, if the person asks, announces it again.',
    },
    NotRecoveryCanceller: {
      es: 'Solo la cuenta actual de la persona, un registrador de personas o la gobernanza pueden cancelar una recuperación.',
      en: 'Only the person’s own account, a person registrar or governance may cancel a recovery.',
    },
    CredentialNotAwaitingConsent: {
      es: 'No hay una credencial de ese tipo esperando aceptación en esa cuenta. Revise la cuenta y el tipo.',
      en: 'No credential of that type waits for consent on that account. Check the account and the type.',
    },
    NotCredentialDecliner: {
      es: 'Solo quien emitió la credencial (u otro registrador del tipo, si aquel ya no está acreditado) o su titular pueden rechazarla.',
      en: 'Only the credential’s issuer (or another registrar of the type, once it is no longer accredited) or its holder may decline it.',
    },
  },

  // pallets/fee-sponsorship: fee allowances paid by a sponsor.
  feeSponsorship: {
    NotFound: {
      es: 'La cuenta no tiene una asignación para el pago de comisiones. Revise la cuenta.',
      en: 'The account has no fee allowance. Check the account.',
    },
    ZeroAllowance: {
      es: 'Una asignación de cero por periodo no tiene efecto. Para quitarla, elimine la asignación.',
      en: 'An allowance of zero per period has no effect. To end it, remove the allowance instead.',
    },
    SelfSponsorship: {
      es: 'El patrocinador es la misma cuenta beneficiaria. Indique otro patrocinador.',
      en: 'The sponsor is the beneficiary itself. Name another sponsor.',
    },
  },

  // pallets/duty-reports: periodic reports of the governance duties.
  reports: {
    NotFound: {
      es: 'No hay una obligación de informe vigente para ese sujeto. Revise a quién corresponde el informe.',
      en: 'No report obligation is current for that subject. Check whom the report is for.',
    },
    NotReporter: {
      es: 'Esta cuenta no responde por los informes de ese sujeto. Use la cuenta del miembro, del proyecto, del líder, de un comisionado, del Secretario Ejecutivo o de un consejero, según corresponda.',
      en: 'This account does not answer for that subject’s reports. Use the account of the member, the project, the leader, a commissioner, the Executive Secretary or an advisor, as the case may be.',
    },
    NotDue: {
      es: 'El informe de este periodo ya se entregó. El siguiente se recibe a partir del inicio de su periodo.',
      en: 'This period’s report was already submitted. The next one is accepted from the start of its period.',
    },
  },

  // pallets/collective-registry: collectives, members, leaders and the code of ethics.
  collectiveRegistry: {
    CollectiveNotFound: {
      es: 'No existe ese colectivo. Revise su número (los colectivos se numeran desde 0).',
      en: 'There is no such collective. Check its number (collectives are numbered from 0).',
    },
    RequestNotFound: {
      es: 'No hay una solicitud pendiente con ese número; quizá ya se resolvió o se retiró.',
      en: 'No pending request has that number; it may have been decided or withdrawn already.',
    },
    NotRequester: {
      es: 'Solo quien presentó la solicitud puede retirarla. Use esa cuenta.',
      en: 'Only the applicant can withdraw its request. Use that account.',
    },
    EmptyName: {
      es: 'Falta el nombre del colectivo. Escríbalo.',
      en: 'The collective’s name is missing. Type it.',
    },
    EmptyInstitution: {
      es: 'Falta la institución. Indique la institución por la que se opera el nodo.',
      en: 'The institution is missing. State the institution the node runs for.',
    },
    NameAlreadyExists: {
      es: 'Ya existe un colectivo con ese nombre. Elija otro.',
      en: 'A collective with that name already exists. Choose another.',
    },
    TooManyCollectives: {
      es: 'La red ya tiene el máximo de colectivos; no pueden crearse más.',
      en: 'The network already has the maximum number of collectives; no more can be created.',
    },
    TooManyRequests: {
      es: 'Hay demasiadas solicitudes pendientes. Espere a que se resuelvan algunas.',
      en: 'Too many requests are pending. Wait for decisions on them.',
    },
    IdsExhausted: {
      es: 'Ya no quedan números para solicitudes o colectivos nuevos. Hace falta una actualización de la red.',
      en: 'No numbers are left for new requests or collectives. The network needs an upgrade.',
    },
    CodeOfEthicsNotSet: {
      es: 'Aún no hay un código de ética vigente. El Consejo Ejecutivo debe establecerlo primero.',
      en: 'No code of ethics is in force yet. The Executive Council must set one first.',
    },
    WrongCodeOfEthics: {
      es: 'La versión aceptada no es la del código de ética vigente. Lea la versión vigente y acéptela.',
      en: 'The version accepted is not the code of ethics in force. Read the version in force and accept it.',
    },
    CodeOfEthicsUnchanged: {
      es: 'Esa versión del código de ética ya está vigente. Indique la huella de la nueva versión.',
      en: 'That version of the code of ethics is already in force. Give the hash of the new version.',
    },
    CodeOfEthicsAlreadyAccepted: {
      es: 'Ya aceptó la versión vigente del código de ética. No hay nada que hacer.',
      en: 'You have already accepted the code of ethics in force. Nothing to do.',
    },
    CodeOfEthicsOutdated: {
      es: 'El miembro no ha aceptado el código de ética vigente. Debe aceptarlo primero.',
      en: 'The member has not accepted the code of ethics in force. It must accept it first.',
    },
    AlreadyMember: {
      es: 'La cuenta ya es miembro o solicitante de un colectivo. Primero debe dejarlo.',
      en: 'The account already holds a membership or application. It must leave first.',
    },
    NotMember: {
      es: 'La cuenta no es miembro ni solicitante de ningún colectivo. Revise la cuenta.',
      en: 'The account holds no membership or application. Check the account.',
    },
    TooManyMembers: {
      es: 'El colectivo ya tiene el máximo de miembros. Alguno debe salir primero.',
      en: 'The collective’s roster is full. A member must leave first.',
    },
    NotApplicant: {
      es: 'La cuenta no es solicitante: solo se admiten o rechazan solicitudes de membresía pendientes.',
      en: 'The account is not an applicant: only pending applications are admitted or rejected.',
    },
    NotActiveMember: {
      es: 'El miembro no está activo (es solicitante o está suspendido). Solo los miembros activos pueden ser suspendidos o nombrados líderes.',
      en: 'The member is not active (it applied or is suspended). Only active members can be suspended or appointed.',
    },
    NotSuspended: {
      es: 'El miembro no está suspendido: solo se rehabilita a miembros suspendidos.',
      en: 'The member is not suspended: only suspended members are reinstated.',
    },
    MemberIsSuspended: {
      es: 'Un miembro suspendido no puede salir del colectivo. El Consejo Ejecutivo debe rehabilitarlo primero.',
      en: 'A suspended member cannot leave. The Executive Council must reinstate it first.',
    },
    MemberOfAnotherCollective: {
      es: 'El miembro pertenece a otro colectivo. Los líderes salen de su propio colectivo.',
      en: 'The member belongs to another collective. Leaders come from their own collective.',
    },
    NotLeader: {
      es: 'La cuenta no es líder de ese colectivo. Use la cuenta de uno de sus líderes, o revise el colectivo y la cuenta.',
      en: 'The account is not a leader of that collective. Use one of its leaders’ accounts, or check the collective and the account.',
    },
    LeaderCodeOfEthicsOutdated: {
      es: 'El líder no ha aceptado el código de ética vigente, así que no puede resolver solicitudes. Debe aceptarlo primero.',
      en: 'The leader has not accepted the code of ethics in force, so it cannot decide on applications. It must accept it first.',
    },
    CollectiveHasLeaders: {
      es: 'El colectivo tiene líderes: ellos resuelven sus solicitudes. El Consejo Ejecutivo solo lo hace mientras no tenga ninguno.',
      en: 'The collective has leaders, who decide on its applications. The Executive Council only does while it has none.',
    },
    AlreadyLeader: {
      es: 'El miembro ya es líder de ese colectivo.',
      en: 'The member already leads that collective.',
    },
    TooManyLeaders: {
      es: 'El colectivo ya tiene el máximo de líderes. Remueva a uno primero.',
      en: 'The collective already has the maximum number of leaders. Remove one first.',
    },
    InstitutionAlreadyLeading: {
      es: 'Ya hay un líder del colectivo de la misma institución. Nombre a un miembro de otra institución.',
      en: 'A leader of the collective is from the same institution. Appoint a member of another institution.',
    },
    TermLimitReached: {
      es: 'La cuenta ya cumplió el máximo de periodos como líder que permite la red. Nombre o mantenga a otro miembro.',
      en: 'The account has served the most leader terms the network allows. Appoint or keep another member.',
    },
    RenewalTooEarly: {
      es: 'El periodo del líder solo se renueva en su tramo final. Intente de nuevo cuando se acerque su fin.',
      en: 'A leader’s term is only renewed near its end. Try again then.',
    },
    TooManyExpiries: {
      es: 'Ya vencen demasiados periodos en ese bloque. Nombre o renueve en un bloque posterior.',
      en: 'Too many terms already end at that block. Appoint or renew in a later block.',
    },
    PromoterIsMember: {
      es: 'El promotor se hizo miembro o solicitante de otro colectivo después de su solicitud. Debe dejarlo para que se cree el colectivo, o la solicitud debe rechazarse.',
      en: 'The promoter took a membership or application since its request. It must leave it before the collective is created, or the request be rejected.',
    },
    NoCommittedNodes: {
      es: 'Un colectivo nuevo debe comprometerse a operar al menos un nodo.',
      en: 'A new collective must commit to run at least one node.',
    },
    TooManyCommittedNodes: {
      es: 'Se comprometieron más nodos de los permitidos. Comprometa menos.',
      en: 'More nodes were committed than allowed. Commit fewer.',
    },
    TooManyRequestsFromAccount: {
      es: 'La cuenta ya tiene el máximo de solicitudes pendientes. Espere a que se resuelvan o retire una.',
      en: 'The account already has the maximum number of pending requests. Wait for decisions, or withdraw one.',
    },
    NotExpired: {
      es: 'La solicitud aún no vence: antes de eso solo quien la presentó puede retirarla.',
      en: 'The request or application has not expired: until then only its owner may withdraw it.',
    },
    GracePeriodRunning: {
      es: 'El colectivo sigue en su periodo de gracia desde su creación. Podrá señalarse cuando termine.',
      en: 'The collective is still in its grace period after its creation. It can be flagged after that.',
    },
    CollectiveHasNodes: {
      es: 'El colectivo opera un nodo: no puede señalarse ni disolverse por no tener nodos.',
      en: 'The collective runs a node: it cannot be flagged or dissolved for running none.',
    },
    CollectiveHasProjects: {
      es: 'El colectivo aún tiene proyectos registrados o solicitudes de proyecto pendientes. Retírelos o resuélvalos primero.',
      en: 'The collective still has registered projects or pending project applications. Retire or decide them first.',
    },
    CollectiveWithoutNodes: {
      es: 'El colectivo aún no opera ningún nodo, así que su señalamiento se mantiene.',
      en: 'The collective runs no node yet, so its flag stays.',
    },
    AlreadyFlagged: {
      es: 'El colectivo ya está señalado.',
      en: 'The collective is already flagged.',
    },
    NotFlagged: {
      es: 'El colectivo no está señalado por falta de nodos. Señálelo primero.',
      en: 'The collective is not flagged for running no node. Flag it first.',
    },
  },

  // pallets/governing-councils: the Executive and Advisory Councils, seats and motions.
  councils: {
    NotLeader: {
      es: 'La cuenta no es líder del colectivo que corresponde al cargo (del colectivo representado, para un comisionado; de cualquier colectivo, para el Secretario Ejecutivo). Use la cuenta de un líder así.',
      en: 'The account is not a leader of the collective the seat needs (the represented collective for a commissioner, any collective for the Secretary). Use such a leader’s account.',
    },
    NotMember: {
      es: 'El candidato a comisionado no es miembro de ningún colectivo. Debe ser miembro activo del colectivo que representaría.',
      en: 'The commissioner candidate holds no membership. It must be an active member of the collective it would represent.',
    },
    MemberOfAnotherCollective: {
      es: 'El candidato a comisionado pertenece a otro colectivo. Proponga a un miembro del colectivo que representa el cargo.',
      en: 'The commissioner candidate belongs to another collective. Propose a member of the collective the seat represents.',
    },
    NotActiveMember: {
      es: 'El candidato a comisionado no es miembro activo (es solicitante o está suspendido). Proponga a un miembro activo.',
      en: 'The commissioner candidate is not an active member (it applied or is suspended). Propose an active member.',
    },
    ProposalNotFound: {
      es: 'Ningún líder vigente ha propuesto a esa persona para ese cargo. Un líder debe proponerla primero.',
      en: 'No current leader has proposed that person for that seat. A leader must propose it first.',
    },
    TooManyProposals: {
      es: 'Ese cargo ya tiene el máximo de propuestas pendientes. Espere la designación o retire una propuesta.',
      en: 'That seat already has the maximum number of pending proposals. Wait for the designation, or withdraw one.',
    },
    AlreadySeated: {
      es: 'La persona ya ocupa un cargo en el Consejo Ejecutivo o en el Consejo Consultivo: un cargo por persona.',
      en: 'The person already holds an executive or advisory seat: one seat per person.',
    },
    SeatVacant: {
      es: 'Nadie ocupa ese cargo. Revise el cargo.',
      en: 'No one holds that seat. Check the seat.',
    },
    NotAdvisor: {
      es: 'La cuenta no es de un consejero del Consejo Consultivo. Revise la cuenta.',
      en: 'The account is not an advisor. Check the account.',
    },
    TooManyAdvisors: {
      es: 'El Consejo Consultivo ya tiene el máximo de consejeros. Alguno debe salir primero.',
      en: 'The Advisory Council already has the maximum number of advisors. One must leave first.',
    },
    AlreadyRequested: {
      es: 'La cuenta ya tiene pendiente una solicitud de ingreso al Consejo Consultivo o de renovación de su periodo. Espere la decisión o retírela.',
      en: 'The account already has an advisory request, or a renewal request, pending. Wait for the decision or withdraw it.',
    },
    AdvisoryRequestNotFound: {
      es: 'La cuenta no tiene una solicitud pendiente para el Consejo Consultivo. Revise la cuenta.',
      en: 'The account has no pending advisory request. Check the account.',
    },
    TooManyRequests: {
      es: 'Hay demasiadas solicitudes pendientes para el Consejo Consultivo. Espere a que se resuelvan.',
      en: 'Too many advisory requests are pending. Wait for decisions on them.',
    },
    RenewalTooEarly: {
      es: 'La renovación solo se pide (y se concede) en el tramo final del periodo. Intente de nuevo cuando se acerque su fin.',
      en: 'A renewal is only requested (and granted) near the end of the term. Try again then.',
    },
    TooManyExpiries: {
      es: 'Ya vencen demasiados periodos en ese bloque. Designe, admita o renueve en un bloque posterior.',
      en: 'Too many terms already end at that block. Designate, admit or renew in a later block.',
    },
    NotSecretary: {
      es: 'Mientras el cargo está ocupado, solo el Secretario Ejecutivo presenta mociones. Use su cuenta.',
      en: 'While the seat is held, only the Executive Secretary tables motions. Use its account.',
    },
    NotExecutiveMember: {
      es: 'La cuenta no ocupa un cargo en el Consejo Ejecutivo: solo sus integrantes votan (y presentan mociones mientras falte el Secretario).',
      en: 'The account holds no executive seat: only Executive members vote (and table motions while the Secretary’s seat is vacant).',
    },
    MotionNotFound: {
      es: 'No hay una moción abierta con ese número: ya se cerró o nunca se presentó.',
      en: 'No open motion has that number: it was closed or never tabled.',
    },
    VotingClosed: {
      es: 'Terminó el periodo de votación de la moción. Ciérrela.',
      en: 'The motion’s voting period is over. Close it.',
    },
    TooEarly: {
      es: 'El periodo de votación no ha terminado y aún no votan todos. Espere o vote.',
      en: 'The voting period is not over and not every member has voted. Wait, or vote.',
    },
    AlreadyVoted: {
      es: 'Ya votó en ese sentido. Para cambiar su voto, vote en sentido contrario.',
      en: 'You already voted that way. To change your vote, vote the other way.',
    },
    DuplicateMotion: {
      es: 'Ya hay una moción abierta con la misma propuesta. Vote en ella o espere a que se cierre.',
      en: 'A motion with the same call is open. Vote on it, or wait until it closes.',
    },
    TooManyMotions: {
      es: 'Hay demasiadas mociones abiertas. Cierre una primero.',
      en: 'Too many motions are open. Close one first.',
    },
    TooManyVotes: {
      es: 'La moción ya tiene los votos de todos los cargos. No debería ocurrir: comparta los detalles con soporte.',
      en: 'The motion already has every seat’s vote. This should not happen: share the details with support.',
    },
    ProposalTooLong: {
      es: 'La propuesta de la moción es más larga que el límite indicado o permitido. Aumente el límite o presente una propuesta más corta.',
      en: 'The motion’s call is longer than the bound given or allowed. Raise the bound, or propose a shorter call.',
    },
    ProposalTooHeavy: {
      es: 'La propuesta de la moción requiere más recursos de los permitidos. Presente una propuesta más ligera.',
      en: 'The motion’s call weighs more than allowed. Propose a lighter call.',
    },
    SessionRequestNotFound: {
      es: 'El colectivo no tiene una solicitud abierta de sesión extraordinaria. Un líder debe pedirla primero.',
      en: 'The collective has no open request for an extraordinary session. A leader must request one first.',
    },
    SessionAlreadyConvened: {
      es: 'Una moción abierta ya atiende la solicitud del colectivo; la solicitud termina cuando esa moción se cierre.',
      en: 'An open motion already cites the collective’s request; it ends when that motion closes.',
    },
    SessionAlreadyRequested: {
      es: 'El colectivo ya tiene abierta una solicitud de sesión extraordinaria. Espere su moción o su vencimiento, o retírela.',
      en: 'The collective already has an open request for an extraordinary session. Wait for its motion or expiry, or withdraw it.',
    },
    TooManySessionRequests: {
      es: 'Hay demasiadas solicitudes de sesión extraordinaria abiertas o que vencen en ese bloque. Intente más tarde.',
      en: 'Too many requests for extraordinary sessions are open or expire at that block. Try again later.',
    },
    TermLimitReached: {
      es: 'La persona ya cumplió el máximo de periodos que permite su cargo. Elija a otra persona.',
      en: 'The person has served the most terms its role allows. Choose another person.',
    },
    RenewalNotRequested: {
      es: 'El consejero no ha pedido la renovación de su periodo. Debe pedirla primero.',
      en: 'The advisor has not requested the renewal of its term. It must request it first.',
    },
    RenewalRefused: {
      es: 'El Consejo Ejecutivo ya negó la renovación de este periodo; no puede pedirse de nuevo antes de que termine.',
      en: 'The Executive Council already refused the renewal of this term; it may not be asked again before the term ends.',
    },
    RequestExpired: {
      es: 'La solicitud para el Consejo Consultivo venció y ya no puede resolverse. Retírela o elimínela, y presente otra.',
      en: 'The advisory request has expired and can no longer be decided. Withdraw or remove it, and request again.',
    },
    RequestNotExpired: {
      es: 'La solicitud para el Consejo Consultivo aún no vence. Espere a su vencimiento.',
      en: 'The advisory request has not expired yet. Wait for its expiry.',
    },
  },

  // pallets/node-integration: the validator set (the nodes of the collectives).
  nodeIntegration: {
    NotMember: {
      es: 'La cuenta no es miembro de ningún colectivo. Solicite primero su membresía.',
      en: 'The account holds no membership. Apply for membership of a collective first.',
    },
    NotActiveMember: {
      es: 'El miembro no está activo (es solicitante o está suspendido). Solo los miembros activos solicitan nodos.',
      en: 'The member is not active (it applied or is suspended). Only active members apply for nodes.',
    },
    CodeOfEthicsOutdated: {
      es: 'El miembro no ha aceptado el código de ética vigente. Debe aceptarlo primero en el registro de colectivos.',
      en: 'The member has not accepted the code of ethics in force. It must accept it in the registry first.',
    },
    NotLeader: {
      es: 'La cuenta no es líder del colectivo del solicitante. Use la cuenta de uno de sus líderes.',
      en: 'The account is not a leader of the applicant’s collective. Use one of its leaders’ accounts.',
    },
    LeaderCodeOfEthicsOutdated: {
      es: 'El líder no ha aceptado el código de ética vigente, así que no puede respaldar solicitudes. Debe aceptarlo primero.',
      en: 'The leader has not accepted the code of ethics in force, so it cannot endorse applications. It must accept it first.',
    },
    SessionKeysNotFound: {
      es: 'La cuenta no ha registrado las claves de sesión de su nodo. Regístrelas primero (session.setKeys) desde esa cuenta.',
      en: 'The account has not registered its node’s session keys. Register them first (session.setKeys) from that account.',
    },
    AlreadyValidator: {
      es: 'La cuenta ya opera un nodo (activo o suspendido).',
      en: 'The account already runs a node (active or suspended).',
    },
    NotValidator: {
      es: 'La cuenta no opera ningún nodo del conjunto de validadores. Revise la cuenta.',
      en: 'The account runs no node in the validator set. Check the account.',
    },
    AlreadyApplied: {
      es: 'La cuenta ya tiene una solicitud de nodo pendiente. Espere la decisión.',
      en: 'The account already has a node application pending. Wait for the decision.',
    },
    ApplicationNotFound: {
      es: 'La cuenta no tiene una solicitud de nodo pendiente. Revise la cuenta.',
      en: 'The account has no pending node application. Check the account.',
    },
    TooManyApplications: {
      es: 'Hay demasiadas solicitudes de nodo pendientes. Espere a que se resuelvan.',
      en: 'Too many node applications are pending. Wait for decisions on them.',
    },
    AlreadyEndorsed: {
      es: 'Este líder ya respaldó esa solicitud.',
      en: 'This leader has already endorsed that application.',
    },
    TooManyEndorsements: {
      es: 'La solicitud ya tiene el máximo de respaldos registrables. Es un límite de configuración: comparta los detalles con soporte.',
      en: 'The application holds the maximum number of endorsements. This is a configuration limit: share the details with support.',
    },
    NotEndorsed: {
      es: 'Más de la mitad de los líderes del colectivo deben respaldar la solicitud antes de aprobarla.',
      en: 'More than half of the collective’s leaders must endorse the application before it is approved.',
    },
    TooManyCollectiveNodes: {
      es: 'El colectivo ya opera el máximo de nodos que le corresponde. Debe darse de baja uno primero.',
      en: 'The collective already runs its quota of nodes. One must be removed first.',
    },
    TooManyValidators: {
      es: 'La red ya tiene el máximo de nodos. Debe darse de baja uno primero.',
      en: 'The network already has the maximum number of nodes. One must be removed first.',
    },
    TooFewValidators: {
      es: 'La red quedaría por debajo del mínimo de nodos activos. Apruebe o reactive otro nodo primero.',
      en: 'The network would fall below its minimum of active nodes. Approve or resume another node first.',
    },
    LastNodeOfCollective: {
      es: 'Es el último nodo activo de su colectivo, que debe conservar uno. Apruebe primero otro nodo del colectivo.',
      en: 'That is the last active node of its collective, which must keep one. Approve another node of the collective first.',
    },
    AlreadySuspended: {
      es: 'El nodo ya está suspendido. Reactívelo o dé de baja el nodo.',
      en: 'The node is already suspended. Resume or remove it.',
    },
    NotSuspended: {
      es: 'El nodo no está suspendido ni señalado: solo esos se reactivan.',
      en: 'The node is neither suspended nor flagged: only those can be resumed.',
    },
    RunsNode: {
      es: 'La cuenta opera un nodo (activo o suspendido). Primero debe darse de baja el nodo, antes de que el miembro salga o de borrar sus claves de sesión.',
      en: 'The account runs a node (active or suspended). The node must be removed first, before its member leaves or its session keys are purged.',
    },
    BelowFloor: {
      es: 'El mínimo de nodos es menor que el piso permitido. Elija al menos el piso.',
      en: 'The minimum is below the allowed floor. Choose at least the floor.',
    },
    AboveMaxValidators: {
      es: 'El mínimo de nodos es mayor que el máximo de la red. Elija como máximo ese número.',
      en: 'The minimum is above the network’s maximum of nodes. Choose at most that.',
    },
    AboveActiveValidators: {
      es: 'El mínimo es mayor que el número de nodos activos. Apruebe o reactive nodos primero.',
      en: 'The minimum is above the number of active nodes. Approve or resume nodes first.',
    },
    StillInSession: {
      es: 'La cuenta sigue en el conjunto de validadores de una sesión en curso o próxima. Espere a que terminen esas sesiones.',
      en: 'The account is still in the validator set of a current or upcoming session. Wait until those sessions end.',
    },
  },

  // pallets/network-projects: projects of public value proposed by the collectives.
  projects: {
    CollectiveNotFound: {
      es: 'No existe ese colectivo. Revise su número (los colectivos se numeran desde 0).',
      en: 'There is no such collective. Check its number (collectives are numbered from 0).',
    },
    NotLeader: {
      es: 'La cuenta no es líder vigente del colectivo. Use la cuenta de uno de sus líderes.',
      en: 'The account is not a current leader of the collective. Use one of its leaders’ accounts.',
    },
    LeaderCodeOfEthicsOutdated: {
      es: 'El líder no ha aceptado el código de ética vigente. Debe aceptarlo primero.',
      en: 'The leader has not accepted the code of ethics in force. It must accept it first.',
    },
    IdsExhausted: {
      es: 'Ya no quedan números para proyectos nuevos. Hace falta una actualización de la red.',
      en: 'No project numbers are left. The network needs an upgrade.',
    },
    RepositoryNotPrintable: {
      es: 'La dirección del repositorio tiene espacios o caracteres no imprimibles. Escríbala sin espacios, solo con caracteres ASCII imprimibles.',
      en: 'The repository address has spaces or non-printable characters. Give it without spaces, in printable ASCII.',
    },
    RepositoryNotHttps: {
      es: 'La dirección del repositorio no empieza con https:// (en minúsculas). Indique su dirección https.',
      en: 'The repository address does not start with https:// (lowercase). Give its https address.',
    },
    RepositoryWithoutHost: {
      es: 'La dirección del repositorio no tiene servidor después de https://. Escriba la dirección completa, como https://example.org/proyecto.',
      en: 'The repository address has no host after https://. Give a full address such as https://example.org/project.',
    },
    AccountBacksProject: {
      es: 'La cuenta ya respalda un proyecto pendiente o registrado: una cuenta por proyecto.',
      en: 'The account already backs a pending or registered project: one project per account.',
    },
    TooManyPendingProjects: {
      es: 'Hay demasiadas solicitudes de proyecto pendientes. Espere a que se resuelvan.',
      en: 'Too many project applications are pending. Wait for decisions on them.',
    },
    TooManyProjects: {
      es: 'La red ya tiene el máximo de proyectos registrados. Debe retirarse uno primero.',
      en: 'The network already has the maximum number of registered projects. One must be retired first.',
    },
    ApplicationNotFound: {
      es: 'No hay una solicitud de proyecto pendiente con ese número; quizá ya se resolvió o se retiró.',
      en: 'No pending project application has that number; it may have been decided or withdrawn already.',
    },
    ProjectNotFound: {
      es: 'No hay un proyecto registrado con ese número. Revíselo (las solicitudes se registran solo al aprobarse).',
      en: 'No registered project has that number. Check it (applications are registered only once approved).',
    },
    AlreadyRecommended: {
      es: 'La comisión de proyectos ya recomendó esa solicitud; ahora decide el Consejo Ejecutivo.',
      en: 'The projects commission already recommended that application; the Executive Council decides on it now.',
    },
    NotRecommended: {
      es: 'La comisión de proyectos no ha recomendado esa solicitud. Debe recomendarla primero.',
      en: 'The projects commission has not recommended that application. It must recommend it first.',
    },
  },

  // pallets/leadership-elections: open calls for leaders, renewal ballots and delegation.
  leadershipElections: {
    CollectiveNotFound: {
      es: 'No existe ese colectivo. Revise su número.',
      en: 'There is no such collective. Check its number.',
    },
    InvalidSeats: {
      es: 'Una convocatoria elige al menos un líder y no más que los lugares vacantes del colectivo. Cubra menos lugares o remueva primero a un líder.',
      en: 'A call elects at least one leader and at most the collective’s vacancies. Fill fewer seats, or remove a leader first.',
    },
    CallAlreadyOpen: {
      es: 'El colectivo ya tiene una convocatoria abierta. Elija, cancélela o déjela vencer primero.',
      en: 'The collective already has an open call. Elect, cancel it or let it lapse first.',
    },
    CallNotFound: {
      es: 'El colectivo no tiene convocatoria abierta. Revise el colectivo.',
      en: 'The collective has no open call. Check the collective.',
    },
    ApplicationsClosed: {
      es: 'Terminó el periodo de registro de la convocatoria. Espere la siguiente convocatoria.',
      en: 'The call’s application period is over. Wait for the next call.',
    },
    ApplicationsOpen: {
      es: 'La convocatoria sigue recibiendo registros. La elección se hace cuando termine ese periodo.',
      en: 'The call still accepts applications. Elect once its application period is over.',
    },
    ElectionDeadlinePassed: {
      es: 'Venció el plazo para elegir en esta convocatoria. Ciérrela como vencida y abra otra.',
      en: 'The call’s election deadline has passed. Close it as lapsed and open another.',
    },
    ElectionDeadlineNotReached: {
      es: 'El plazo de la elección no ha vencido: el Consejo Ejecutivo aún puede elegir o cancelar.',
      en: 'The election deadline has not passed: the Executive Council may still elect or cancel.',
    },
    NotActiveMember: {
      es: 'La cuenta no es miembro activo de ese colectivo. Solo sus miembros activos se registran, votan y delegan ahí.',
      en: 'The account is not an active member of that collective. Only its active members apply, vote and delegate there.',
    },
    CodeOfEthicsOutdated: {
      es: 'El miembro no ha aceptado el código de ética vigente. Debe aceptarlo primero.',
      en: 'The member has not accepted the code of ethics in force. It must accept it first.',
    },
    AlreadyLeader: {
      es: 'El miembro ya es líder del colectivo.',
      en: 'The member already leads the collective.',
    },
    AlreadyApplied: {
      es: 'Ya se registró en esta convocatoria. Para registrarse de nuevo, retire antes su registro.',
      en: 'You have already applied to this call. Withdraw first to apply again.',
    },
    TooManyApplicants: {
      es: 'La convocatoria ya tiene el máximo de aspirantes.',
      en: 'The call already has the maximum number of applicants.',
    },
    NotApplicant: {
      es: 'La cuenta no se registró en esta convocatoria. Solo pueden elegirse aspirantes registrados.',
      en: 'The account has not applied to this call. Only applicants can be elected.',
    },
    DuplicateElected: {
      es: 'La misma cuenta aparece dos veces entre los electos. Anote cada una una sola vez.',
      en: 'The same account is elected twice. Name each one once.',
    },
    WrongNumberElected: {
      es: 'Elija al menos un aspirante y no más que los lugares de la convocatoria.',
      en: 'Elect at least one applicant and at most the call’s seats.',
    },
    NotLeader: {
      es: 'La cuenta no tiene un periodo como líder: solo un líder puede someterse a renovación.',
      en: 'The account holds no leader’s term: only a leader stands for renewal.',
    },
    BallotAlreadyOpen: {
      es: 'El líder ya tiene una votación de renovación. Ciérrela o elimínela primero.',
      en: 'The leader already has a renewal ballot. Close or remove it first.',
    },
    RenewalTooEarly: {
      es: 'Falta demasiado para que termine el periodo. Abra la votación de renovación más adelante.',
      en: 'The term ends too far from now. Open the renewal ballot later.',
    },
    RenewalTooLate: {
      es: 'El periodo termina antes de que pueda completarse una votación. Ya es tarde para buscar la renovación.',
      en: 'The term ends before a full voting period. It is too late to stand again.',
    },
    BallotNotFound: {
      es: 'El líder no tiene votación de renovación. Revise la cuenta.',
      en: 'The leader has no renewal ballot. Check the account.',
    },
    VotingClosed: {
      es: 'La votación ya no recibe votos.',
      en: 'The ballot no longer accepts votes.',
    },
    VotingOpen: {
      es: 'La votación sigue abierta y el resultado aún no es definitivo. Espere.',
      en: 'Voting has not ended and the tally is not decisive yet. Wait.',
    },
    TooManyVoters: {
      es: 'Esta votación ya alcanzó el máximo de votantes.',
      en: 'This ballot has reached the maximum number of voters.',
    },
    TooManyMembers: {
      es: 'El colectivo tiene más miembros activos de los que la votación puede contar. Es un límite de configuración: comparta los detalles con soporte.',
      en: 'The collective has more active members than a ballot can count. This is a configuration limit: share the details with support.',
    },
    NotApproved: {
      es: 'Los miembros aún no aprueban la renovación: la votación sigue abierta.',
      en: 'The members have not approved the renewal: the ballot is still voting.',
    },
    TermEnded: {
      es: 'El periodo del líder ya terminó (o ya no es líder): la renovación no puede confirmarse.',
      en: 'The leader’s term has ended (or it no longer leads): the renewal cannot be confirmed.',
    },
    NotStale: {
      es: 'El registro sigue vigente: no hay nada que eliminar.',
      en: 'The entry is not stale: nothing to remove.',
    },
    SelfDelegation: {
      es: 'Un miembro no puede delegar su voto en sí mismo.',
      en: 'A member cannot delegate to itself.',
    },
    DelegationCycle: {
      es: 'La delegación formaría un ciclo: ese miembro ya delega su voto, directa o indirectamente, en esta cuenta. Elija a otro.',
      en: 'The delegation would form a cycle: that member already delegates, directly or indirectly, to this account. Choose another.',
    },
    DelegationTooDeep: {
      es: 'La cadena de delegaciones de ese miembro ya es demasiado larga. Delegue en un miembro más cercano al final de la cadena.',
      en: 'That member’s chain of delegations is already too long. Delegate to a member nearer the end of the chain.',
    },
    DelegationNotFound: {
      es: 'La cuenta no tiene ninguna delegación.',
      en: 'The account has no delegation.',
    },
  },

  // pallets/collective-capital: treasuries and capital granted as fee allowances.
  capital: {
    NotEligible: {
      es: 'La cuenta no opera un nodo activo de un colectivo ni es la cuenta de un proyecto registrado (del colectivo de la solicitud). Solo nodos y proyectos solicitan capital.',
      en: 'The account neither runs an active node of a collective nor is a registered project’s account (of the request’s collective). Only nodes and projects request capital.',
    },
    ZeroAmount: {
      es: 'El monto por periodo es cero. Solicite más de cero.',
      en: 'The amount per period is zero. Ask for more than zero.',
    },
    AmountAboveMaximum: {
      es: 'El monto por periodo es mayor que el máximo permitido. Solicite menos.',
      en: 'The amount per period is above the allowed maximum. Ask for less.',
    },
    AlreadyRequested: {
      es: 'La cuenta ya tiene una solicitud de capital pendiente. Retírela primero.',
      en: 'The account already has a pending capital request. Withdraw it first.',
    },
    TooManyRequests: {
      es: 'Hay demasiadas solicitudes de capital pendientes. Intente de nuevo cuando se resuelvan, retiren o venzan algunas.',
      en: 'Too many capital requests are pending. Try again once some are decided, withdrawn or expired.',
    },
    RequestNotFound: {
      es: 'La cuenta no tiene una solicitud de capital pendiente. Revise la cuenta.',
      en: 'The account has no pending capital request. Check the account.',
    },
    GrantNotFound: {
      es: 'La cuenta no tiene capital asignado. Revise la cuenta.',
      en: 'The account has no grant. Check the account.',
    },
    CollectiveNotFound: {
      es: 'No existe ese colectivo. Revise su número.',
      en: 'There is no such collective. Check its number.',
    },
    NotLeader: {
      es: 'La cuenta no es líder vigente del colectivo correspondiente. Use la cuenta de uno de sus líderes.',
      en: 'The account is not a current leader of the collective concerned. Use one of its leaders’ accounts.',
    },
    OwnRequest: {
      es: 'Nadie resuelve su propia solicitud: debe hacerlo otro líder del colectivo.',
      en: 'Nobody decides its own request: another leader of the collective must.',
    },
    RequestExpired: {
      es: 'La solicitud de capital venció. Preséntela de nuevo.',
      en: 'The capital request has expired. Request again.',
    },
    NotExpired: {
      es: 'La solicitud de capital aún no vence. Espere a su fecha de vencimiento.',
      en: 'The capital request has not expired yet. Wait for its expiry.',
    },
    BudgetExceeded: {
      es: 'Con esta asignación el colectivo superaría su presupuesto. Asigne menos, termine otras asignaciones o pida al Consejo Ejecutivo un presupuesto mayor.',
      en: 'This grant would take the collective beyond its budget. Grant less, end other grants, or ask the Executive Council for a larger budget.',
    },
    StillEligible: {
      es: 'El beneficiario sigue cumpliendo los requisitos: la asignación no está vencida. Solo un líder o el Consejo Ejecutivo pueden revocarla.',
      en: 'The beneficiary still qualifies: the grant is not stale. A leader or the Executive Council may revoke it.',
    },
  },

  // pallets/aura-equivocation: reports of block authors that signed two blocks for one slot.
  auraEquivocation: {
    SameHeader: {
      es: 'Los dos encabezados son el mismo bloque. Reporte dos encabezados distintos.',
      en: 'The two headers are one header. Report two different headers.',
    },
    SlotNotFound: {
      es: 'Un encabezado no indica su turno (slot) de Aura. Reporte encabezados de bloques Aura.',
      en: 'A header carries no Aura slot. Report headers of Aura blocks.',
    },
    WrongSlot: {
      es: 'Un encabezado es de otro turno (slot) que el de la prueba. Reporte dos encabezados del mismo turno.',
      en: 'A header is of another slot than the proof’s. Report two headers of the proof’s slot.',
    },
    SealNotFound: {
      es: 'Un encabezado no termina con el sello de Aura. Reporte los encabezados sellados, tal como se importaron.',
      en: 'A header does not end with an Aura seal. Report sealed headers, as imported.',
    },
    BadSignature: {
      es: 'El sello de un encabezado no es una firma válida de la clave del infractor. Reporte encabezados que haya firmado el infractor.',
      en: 'A header’s seal is not a valid signature of the offender’s key. Report headers the offender signed.',
    },
    InvalidKeyOwnershipProof: {
      es: 'La prueba no demuestra qué validador tenía la clave del infractor en esa sesión. Use una prueba de una sesión que la red aún conserve.',
      en: 'The proof does not show which validator held the offender’s key in that session. Use a proof of a session the network still keeps.',
    },
    AlreadyReported: {
      es: 'Este doble firmado de ese infractor en ese turno ya fue reportado.',
      en: 'This offender’s equivocation at this slot is already reported.',
    },
  },

  // pallets/anonymity-rings: member keys and the rings that keep votes secret.
  anonymityRings: {
    NotVerified: {
      es: 'La cuenta no es una persona verificada. Acuda primero con un registrador para verificarse.',
      en: 'The account is not a verified person. Be verified by a registrar first.',
    },
    NotAdult: {
      es: 'La persona está verificada pero aún no es mayor de edad.',
      en: 'The person is verified but not an adult yet.',
    },
    AlreadyExists: {
      es: 'La persona ya tiene una clave de miembro: para cambiarla, rótela. (O la clave ya está en el padrón de evaluadores, o el panel ya se formó.)',
      en: 'The person already has a member key: rotate it to change it. (Or the key is already on the evaluators’ roster, or the panel was already formed.)',
    },
    NotFound: {
      es: 'La persona no tiene clave de miembro, o no existe ese anillo, o la clave indicada no es una clave de miembro registrada.',
      en: 'The person has no member key, or there is no such ring, or the key given is not a registered member key.',
    },
    NoPermission: {
      es: 'La clave se registró desde otra cuenta. Actúe desde esa cuenta.',
      en: 'The key was registered from another account. Act from that account.',
    },
    InvalidKey: {
      es: 'La clave de miembro no es válida. Genérela de nuevo en su dispositivo.',
      en: 'The member key is not valid. Generate it again on your device.',
    },
    KeyInUse: {
      es: 'Esa clave ya está registrada (por esta u otra persona). Genere una clave nueva.',
      en: 'That key is already registered (by you or someone else). Generate a new key.',
    },
    InvalidPossessionProof: {
      es: 'La prueba de posesión no es la firma de la clave para esta red y esta cuenta. Vuelva a generarla desde su dispositivo.',
      en: 'The possession proof is not the key’s signature for this network and this account. Generate it again from your device.',
    },
    TooSoon: {
      es: 'Cambió su clave hace poco. Espere antes de cambiarla de nuevo.',
      en: 'You changed your key recently. Wait before changing it again.',
    },
    TooManyWaiting: {
      es: 'La fila de espera de su ámbito está llena. Espere a que un grupo de claves se incorpore a un anillo e intente de nuevo.',
      en: 'Your scope’s waiting queue is full. Wait until a batch joins a ring, then try again.',
    },
    TooFewWaiting: {
      es: 'Aún no esperan suficientes claves en la fila de ese ámbito para formar un grupo. Espere a que haya más.',
      en: 'Fewer keys wait in the scope’s queue than a batch needs. Wait for more.',
    },
    TooManyRings: {
      es: 'El ámbito ya tiene el máximo de anillos y el más reciente no tiene lugar para otro grupo.',
      en: 'The scope has the maximum number of rings and the newest has no room for a batch.',
    },
    TooManyRevisions: {
      es: 'El anillo ya conserva el máximo de versiones y ninguna ha vencido. Espere a que venza la más antigua.',
      en: 'The ring keeps the maximum number of revisions and none is past its retention. Wait until the oldest is.',
    },
    NothingToDo: {
      es: 'No hay nada que hacer: la fila está vacía, el anillo está al día o la identidad del miembro no cambió.',
      en: 'There is nothing to do: the queue is empty, the ring is up to date, or the member’s identity did not change.',
    },
    InvalidSettings: {
      es: 'Los parámetros del ámbito están fuera de los límites permitidos (tamaño de grupo y tamaño mínimo de anillo).',
      en: 'The scope settings are out of bounds (onboarding size and minimum ring size).',
    },
    Overflow: {
      es: 'Un contador llegó a su máximo. Comparta los detalles con soporte.',
      en: 'A counter would overflow. Share the details with support.',
    },
    BuildFailed: {
      es: 'No se pudo construir el anillo. No debería ocurrir: comparta los detalles con soporte.',
      en: 'The ring could not be built. This should not happen: share the details with support.',
    },
    TooFewMembers: {
      es: 'La lista de claves del panel está vacía: un panel necesita al menos una clave.',
      en: 'The panel’s key list is empty: a panel needs at least one key.',
    },
    TooManyMembers: {
      es: 'La lista de claves del panel tiene más claves de las que caben en un anillo.',
      en: 'The panel’s key list has more keys than a ring holds.',
    },
    DuplicateKey: {
      es: 'La lista de claves del panel repite una clave. Anote cada una una sola vez.',
      en: 'The panel’s key list names a key twice. Name each one once.',
    },
  },

  // pallets/secret-ballots: participatory budgets and questions voted in secret.
  secretBallots: {
    NotFound: {
      es: 'No existe esa votación. Revise su número.',
      en: 'There is no such ballot. Check its number.',
    },
    NotOpen: {
      es: 'La votación aún no recibe votos. Espere a que abra.',
      en: 'The ballot does not take votes yet. Wait until it opens.',
    },
    Closed: {
      es: 'El periodo de votación ya terminó.',
      en: 'The ballot’s voting period is over.',
    },
    Cancelled: {
      es: 'La votación fue cancelada.',
      en: 'The ballot was cancelled.',
    },
    AlreadyClosed: {
      es: 'La votación ya fue cerrada.',
      en: 'The ballot was already closed.',
    },
    NotEnded: {
      es: 'La votación no ha terminado. Ciérrela al llegar su fecha de cierre.',
      en: 'Voting has not ended. Close the ballot once its end is reached.',
    },
    AlreadyVoted: {
      es: 'Ya votó en esta votación; un voto no se reemplaza.',
      en: 'You have already voted in this ballot; a vote is never replaced.',
    },
    InvalidChoices: {
      es: 'La selección está vacía, repite una opción o incluye una opción que no existe. Revise su selección.',
      en: 'The choices are empty, repeat an option or name an option the ballot lacks. Check your choices.',
    },
    TooManyChoices: {
      es: 'Eligió más opciones de las permitidas en esta votación.',
      en: 'You chose more options than this ballot allows.',
    },
    TooFewOptions: {
      es: 'Una votación necesita al menos dos opciones.',
      en: 'A ballot needs at least two options.',
    },
    DuplicateOption: {
      es: 'Dos opciones tienen la misma descripción. Describa cada opción una sola vez.',
      en: 'Two options have the same label. Describe each option once.',
    },
    InvalidAmount: {
      es: 'Un monto no corresponde al tipo de votación: el presupuesto debe ser mayor que cero y cada proyecto costar más de cero y no más que el presupuesto; una consulta no lleva montos.',
      en: 'An amount does not fit the ballot’s kind: a budget must be above zero and each project must cost more than zero and at most the budget; a question’s answers carry no amount.',
    },
    InvalidMaxChoices: {
      es: 'El número de opciones por voto debe ser al menos 1 y no mayor que el número de opciones ni que el máximo permitido.',
      en: 'The choices per vote must be at least 1 and at most the number of options and the allowed maximum.',
    },
    InvalidWindow: {
      es: 'El periodo de votación debe empezar ahora o después, terminar después de empezar y no exceder la duración máxima.',
      en: 'The voting window must start now or later, end after it starts, and not exceed the maximum duration.',
    },
    AnonymitySetTooSmall: {
      es: 'En ese ámbito no hay suficientes personas registradas para mantener el voto secreto. Abra la votación en un ámbito más amplio (estatal o nacional) o espere a que se registren más.',
      en: 'The scope has too few registered persons to keep the vote secret. Run the ballot at a wider level (state or national), or wait for more members.',
    },
    TooManyBallots: {
      es: 'Ya se usaron todos los números de votación. Hace falta una actualización de la red.',
      en: 'Every ballot number has been used. The network needs an upgrade.',
    },
    TooManyVotes: {
      es: 'El contador de participación de la votación llegó a su máximo.',
      en: 'The ballot’s turnout counter is full.',
    },
    ScopeNotResidency: {
      es: 'Ese ámbito no agrupa residentes (es el padrón de evaluadores o un panel). Abra votaciones de ámbito municipal, estatal o nacional.',
      en: 'The scope gathers no residents (it is the evaluators’ roster or a panel). Open ballots of a municipal, state or national scope.',
    },
    TooManyOptions: {
      es: 'La votación tiene más opciones de las permitidas. Divida la pregunta.',
      en: 'The ballot has more options than allowed. Split the question.',
    },
  },

  // pallets/anonymous-panels: evaluation panels drawn from the certified evaluators.
  anonymousPanels: {
    NotAccredited: {
      es: 'La cuenta no tiene la credencial de evaluador certificado.',
      en: 'The account does not hold the certified evaluator credential.',
    },
    MemberKeyNotFound: {
      es: 'La cuenta no tiene una clave de miembro registrada. Regístrela primero.',
      en: 'The account has no registered member key. Register one first.',
    },
    AlreadyExists: {
      es: 'La cuenta ya está inscrita, o esa clave de miembro ya se inscribió antes (una clave se inscribe una sola vez: rótela para volver a inscribirse).',
      en: 'The account is already enrolled, or this member key enrolled before (a key enrols once: rotate it to enrol again).',
    },
    TooManyEvaluators: {
      es: 'El padrón de evaluadores está lleno.',
      en: 'The evaluators’ roster is full.',
    },
    NotFound: {
      es: 'La cuenta o la clave no está inscrita en el padrón de evaluadores.',
      en: 'The account or key is not enrolled on the evaluators’ roster.',
    },
    StillEligible: {
      es: 'El evaluador conserva su credencial y su clave: no hay nada que actualizar.',
      en: 'The evaluator still holds the credential and its key: nothing to refresh.',
    },
    RingRefused: {
      es: 'El servicio de anillos no aceptó el cambio (una clave no es válida o su fila está llena). Intente de nuevo cuando se incorpore el siguiente grupo de claves.',
      en: 'The ring service refused the change (a key is invalid, or its queue is full). Try again once the next batch of keys has joined.',
    },
    AnonymitySetTooSmall: {
      es: 'Hay muy pocos evaluadores candidatos para formar un panel que los mantenga anónimos.',
      en: 'Too few candidate evaluators to form a panel that keeps them anonymous.',
    },
    InvalidRequest: {
      es: 'Los plazos o las opciones del panel no son válidos: los plazos deben terminar en el futuro (las revelaciones después de los boletos) y las opciones estar dentro del máximo.',
      en: 'The panel’s windows or options are not valid: windows must end in the future (reveals after tickets) and options stay within the maximum.',
    },
    TooManyPanels: {
      es: 'Ya se usaron todos los números de panel. Hace falta una actualización de la red.',
      en: 'Every panel number has been used. The network needs an upgrade.',
    },
    PanelNotFound: {
      es: 'No existe ese panel. Revise su número.',
      en: 'There is no such panel. Check its number.',
    },
    TicketsClosed: {
      es: 'El panel ya no recibe boletos, o ya terminó.',
      en: 'The panel’s tickets are closed, or it has ended.',
    },
    RevealsClosed: {
      es: 'El panel no recibe revelaciones de puntuaciones en este momento.',
      en: 'The panel does not take score reveals now.',
    },
    NotLowEnough: {
      es: 'Su boleto no está entre los más bajos del panel: esta vez no resultó seleccionado.',
      en: 'Your ticket is not among the panel’s lowest: you were not selected this time.',
    },
    AlreadySubmitted: {
      es: 'Ese boleto ya fue seleccionado.',
      en: 'That ticket is already selected.',
    },
    PseudonymBarred: {
      es: 'Su seudónimo no puede ser seleccionado (reputación insuficiente, garantía insuficiente, seudónimo cerrado o sin revelar en una ronda anterior).',
      en: 'Your pseudonym may not be selected (reputation too low, bond credit short, closed, or no reveal in an earlier round).',
    },
    NotSelected: {
      es: 'Ningún evaluador seleccionado tiene ese boleto.',
      en: 'No selected evaluator holds this ticket.',
    },
    AlreadyRevealed: {
      es: 'Las puntuaciones de ese boleto ya fueron reveladas.',
      en: 'The scores of that ticket were already revealed.',
    },
    CommitmentMismatch: {
      es: 'Las puntuaciones y la sal no coinciden con lo comprometido. Revise el archivo que guardó al enviar su boleto.',
      en: 'The scores and salt do not open the commitment. Check the file you kept when sending your ticket.',
    },
    InvalidScores: {
      es: 'Debe haber una puntuación por opción y ninguna mayor que el máximo (100).',
      en: 'There must be one score per option and none above the maximum (100).',
    },
    NotEnded: {
      es: 'Las revelaciones de la ronda no han terminado. Concluya el panel a partir de su fecha de cierre.',
      en: 'The round’s reveals have not ended. Conclude the panel from its end on.',
    },
    AlreadyEnded: {
      es: 'El panel ya concluyó, falló o fue cancelado.',
      en: 'The panel has already concluded, failed or been cancelled.',
    },
    PseudonymNotFound: {
      es: 'No existe un seudónimo con ese alias.',
      en: 'No pseudonym has this alias.',
    },
    NothingToTopUp: {
      es: 'La garantía del seudónimo está completa, o el seudónimo está cerrado.',
      en: 'The pseudonym’s bond credit is full, or it is closed.',
    },
    NothingToSettle: {
      es: 'El seudónimo no tiene nada que cobrar, o está cerrado.',
      en: 'The pseudonym has nothing to settle, or it is closed.',
    },
    StillSelected: {
      es: 'El seudónimo está seleccionado en una ronda que no ha concluido. Ciérrelo cuando concluya.',
      en: 'The pseudonym holds a selection in a round not yet concluded. Close it after the round.',
    },
    BelowMinimum: {
      es: 'El monto es menor que el mínimo para crear una cuenta nueva. Cobre un monto mayor de una sola vez, o hacia una cuenta que ya exista.',
      en: 'The amount is below what a new account needs to exist. Settle more at once, or to an account that exists.',
    },
    InvalidProof: {
      es: 'La prueba de pertenencia no es válida para este panel. Vuelva a generarla desde su dispositivo.',
      en: 'The membership proof is not valid for this panel. Generate it again from your device.',
    },
    Overflow: {
      es: 'Un contador o monto llegó a su máximo. Comparta los detalles con soporte.',
      en: 'A counter or amount would overflow. Share the details with support.',
    },
  },

  // frame-system 49.
  system: {
    InvalidSpecName: {
      es: 'El nuevo código del runtime es de otra cadena (su nombre no coincide). Revise el archivo de la actualización.',
      en: 'The new runtime code is for another chain (its name does not match). Check the upgrade file.',
    },
    SpecVersionNeedsToIncrease: {
      es: 'La versión del nuevo runtime no es mayor que la actual. Use un runtime con versión mayor.',
      en: 'The new runtime’s version is not higher than the current one. Use a runtime with a higher version.',
    },
    FailedToExtractRuntimeVersion: {
      es: 'No se pudo leer la versión del nuevo código del runtime. Revise que el archivo sea un runtime válido.',
      en: 'The new runtime code’s version could not be read. Check that the file is a valid runtime.',
    },
    NonDefaultComposite: {
      es: 'La cuenta aún guarda datos y no puede eliminarse.',
      en: 'The account still holds data and cannot be removed.',
    },
    NonZeroRefCount: {
      es: 'Otros módulos aún dependen de esta cuenta, así que no puede eliminarse.',
      en: 'Other modules still depend on this account, so it cannot be removed.',
    },
    CallFiltered: {
      es: 'Esta operación no está permitida para este origen o en este momento.',
      en: 'This operation is not allowed for this origin or at this time.',
    },
    MultiBlockMigrationsOngoing: {
      es: 'Hay una migración de datos en curso que impide reemplazar el código. Espere a que termine.',
      en: 'A data migration is running and prevents replacing the code. Wait until it ends.',
    },
    NothingAuthorized: {
      es: 'No hay ninguna actualización del runtime autorizada.',
      en: 'No runtime upgrade is authorised.',
    },
    Unauthorized: {
      es: 'El código enviado no es el de la actualización autorizada. Revise el archivo.',
      en: 'The submitted code is not the authorised upgrade. Check the file.',
    },
  },

  // pallet-balances 51: the BMX token that pays fees.
  balances: {
    VestingBalance: {
      es: 'Parte del saldo está sujeta a un calendario de liberación y aún no puede enviarse.',
      en: 'Part of the balance is still vesting and cannot be sent yet.',
    },
    LiquidityRestrictions: {
      es: 'Una restricción sobre la cuenta impide retirar ese saldo (está bloqueado o retenido).',
      en: 'A restriction on the account prevents withdrawing that balance (it is locked or held).',
    },
    InsufficientBalance: {
      es: 'Saldo insuficiente. Agregue fondos BMX a la cuenta o envíe menos.',
      en: 'Insufficient balance. Add BMX to the account or send less.',
    },
    ExistentialDeposit: {
      es: 'El monto es menor que el mínimo para que exista una cuenta (depósito existencial). Envíe más.',
      en: 'The amount is below the minimum an account needs to exist (existential deposit). Send more.',
    },
    Expendability: {
      es: 'La operación dejaría la cuenta por debajo de su mínimo y la cerraría. Deje en la cuenta al menos el depósito existencial.',
      en: 'The operation would take the account below its minimum and close it. Leave at least the existential deposit in it.',
    },
    ExistingVestingSchedule: {
      es: 'La cuenta ya tiene un calendario de liberación de saldo.',
      en: 'The account already has a vesting schedule.',
    },
    DeadAccount: {
      es: 'La cuenta beneficiaria no existe. Primero debe recibir fondos suficientes.',
      en: 'The beneficiary account does not exist. It must receive enough funds first.',
    },
    TooManyReserves: {
      es: 'La cuenta tiene demasiadas reservas de saldo.',
      en: 'The account has too many named reserves.',
    },
    TooManyHolds: {
      es: 'La cuenta tiene demasiadas retenciones de saldo.',
      en: 'The account has too many holds.',
    },
    TooManyFreezes: {
      es: 'La cuenta tiene demasiados congelamientos de saldo.',
      en: 'The account has too many freezes.',
    },
    IssuanceDeactivated: {
      es: 'La emisión ya está desactivada y no puede modificarse.',
      en: 'The issuance is already deactivated and cannot be changed.',
    },
    DeltaZero: {
      es: 'El ajuste de saldo no puede ser cero.',
      en: 'The balance change cannot be zero.',
    },
  },

  // pallet-utility 50: batches.
  utility: {
    TooManyCalls: {
      es: 'El lote tiene demasiadas operaciones. Divídalo en lotes más pequeños.',
      en: 'The batch has too many calls. Split it into smaller batches.',
    },
  },

  // The module-less `DispatchError` variants, and their causes as `Kind.Cause`.
  dispatch: {
    Other: {
      es: 'La operación falló por una causa no especificada. Intente de nuevo y, si se repite, comparta los detalles con soporte.',
      en: 'The operation failed for an unspecified reason. Try again and, if it happens again, share the details with support.',
    },
    CannotLookup: {
      es: 'No se encontró la cuenta o el dato indicado. Revise la dirección.',
      en: 'The account or data given was not found. Check the address.',
    },
    BadOrigin: {
      es: 'Esta cuenta no tiene permiso para hacer esta operación. Use la cuenta del cargo que corresponde.',
      en: 'This account is not allowed to do this. Use the account of the role that may.',
    },
    ConsumerRemaining: {
      es: 'La cuenta no puede cerrarse porque aún tiene compromisos (depósitos, retenciones o registros que dependen de ella).',
      en: 'The account cannot be closed because it still has commitments (deposits, holds or records depending on it).',
    },
    NoProviders: {
      es: 'La cuenta no existe porque no tiene fondos. Agregue fondos BMX o pida su verificación como persona.',
      en: 'The account does not exist because it holds no funds. Add BMX, or have it verified as a person.',
    },
    TooManyConsumers: {
      es: 'La cuenta tiene demasiados compromisos registrados. Libere alguno antes de continuar.',
      en: 'The account has too many commitments. Release one before going on.',
    },
    'Token.FundsUnavailable': {
      es: 'No hay fondos disponibles suficientes en la cuenta. Agregue fondos BMX.',
      en: 'Not enough funds are available in the account. Add BMX.',
    },
    'Token.OnlyProvider': {
      es: 'La operación cerraría una cuenta que debe seguir existiendo. Deje más saldo en ella.',
      en: 'The operation would close an account that must keep existing. Leave more balance in it.',
    },
    'Token.BelowMinimum': {
      es: 'La cuenta no puede existir con ese monto: es menor que el depósito existencial. Envíe más.',
      en: 'The account cannot exist with that amount: it is below the existential deposit. Send more.',
    },
    'Token.CannotCreate': {
      es: 'No se puede crear la cuenta.',
      en: 'The account cannot be created.',
    },
    'Token.UnknownAsset': {
      es: 'El activo no existe.',
      en: 'The asset is unknown.',
    },
    'Token.Frozen': {
      es: 'Los fondos existen pero están congelados o retenidos.',
      en: 'The funds exist but are frozen or held.',
    },
    'Token.Unsupported': {
      es: 'El activo no admite esta operación.',
      en: 'The asset does not support this operation.',
    },
    'Token.CannotCreateHold': {
      es: 'No se puede crear la cuenta solo para registrar un saldo retenido. Agregue fondos primero.',
      en: 'The account cannot be created just to record a held amount. Add funds first.',
    },
    'Token.NotExpendable': {
      es: 'La operación cerraría la cuenta. Deje en ella al menos el depósito existencial.',
      en: 'The operation would close the account. Leave at least the existential deposit in it.',
    },
    'Token.Blocked': {
      es: 'La cuenta no puede recibir estos fondos.',
      en: 'The account cannot receive these funds.',
    },
    'Arithmetic.Underflow': {
      es: 'Un cálculo dio un resultado menor que cero. Revise las cantidades.',
      en: 'A calculation went below zero. Check the amounts.',
    },
    'Arithmetic.Overflow': {
      es: 'Un cálculo excedió el valor máximo. Revise las cantidades.',
      en: 'A calculation exceeded the maximum value. Check the amounts.',
    },
    'Arithmetic.DivisionByZero': {
      es: 'Un cálculo intentó dividir entre cero. Revise las cantidades.',
      en: 'A calculation tried to divide by zero. Check the amounts.',
    },
    'Transactional.LimitReached': {
      es: 'La operación anida demasiadas operaciones. Simplifique el lote.',
      en: 'The operation nests too many operations. Simplify the batch.',
    },
    'Transactional.NoLayer': {
      es: 'Error interno de la cadena (falta una capa transaccional). Comparta los detalles con soporte.',
      en: 'Internal chain error (a transactional layer is missing). Share the details with support.',
    },
    Exhausted: {
      es: 'La operación agotó los recursos disponibles (datos demasiado grandes). Intente con menos datos.',
      en: 'The operation exhausted the available resources (data too large). Try with less data.',
    },
    Corruption: {
      es: 'El estado de la cadena está dañado. Comparta los detalles con soporte.',
      en: 'The chain’s state is corrupt. Share the details with support.',
    },
    Unavailable: {
      es: 'Un recurso necesario no está disponible por ahora. Intente más tarde.',
      en: 'A resource needed is unavailable right now. Try again later.',
    },
    RootNotAllowed: {
      es: 'Esta operación no admite el origen de máxima autoridad (Root).',
      en: 'This operation does not allow the Root origin.',
    },
    'Trie.InvalidStateRoot': INTERNAL_PROOF,
    'Trie.IncompleteDatabase': INTERNAL_PROOF,
    'Trie.ValueAtIncompleteKey': INTERNAL_PROOF,
    'Trie.DecoderError': INTERNAL_PROOF,
    'Trie.InvalidHash': INTERNAL_PROOF,
    'Trie.DuplicateKey': INTERNAL_PROOF,
    'Trie.ExtraneousNode': INTERNAL_PROOF,
    'Trie.ExtraneousValue': INTERNAL_PROOF,
    'Trie.ExtraneousHashReference': INTERNAL_PROOF,
    'Trie.InvalidChildReference': INTERNAL_PROOF,
    'Trie.ValueMismatch': INTERNAL_PROOF,
    'Trie.IncompleteProof': INTERNAL_PROOF,
    'Trie.RootMismatch': INTERNAL_PROOF,
    'Trie.DecodeError': INTERNAL_PROOF,
  },

  // Why a transaction was refused before it entered a block.
  transaction: {
    Call: {
      es: 'La red no acepta esta operación de esta forma. Revise los datos o use el formulario del portal.',
      en: 'The network does not accept this operation in this form. Check the data or use the portal’s form.',
    },
    Payment: {
      es: 'La cuenta no tiene saldo BMX suficiente para pagar la comisión, y ninguna asignación la cubre. Agregue fondos o pida capital a su colectivo.',
      en: 'The account has not enough BMX to pay the fee, and no allowance covers it. Add funds, or ask your collective for capital.',
    },
    Future: {
      es: 'La operación aún no es válida (su número de secuencia va adelantado). Espere a que se procesen las anteriores de la cuenta.',
      en: 'The operation is not valid yet (its nonce is ahead). Wait until the account’s earlier operations are processed.',
    },
    Stale: {
      es: 'La operación ya no es válida: otra operación de la cuenta usó su número de secuencia. Vuelva a enviarla.',
      en: 'The operation is outdated: another operation of the account used its nonce. Send it again.',
    },
    BadProof: {
      es: 'La firma de la operación no es válida. Vuelva a firmarla con la cuenta correcta, en esta red.',
      en: 'The operation’s signature is not valid. Sign it again with the right account, on this network.',
    },
    AncientBirthBlock: {
      es: 'La operación se firmó hace demasiado tiempo y caducó. Vuelva a enviarla.',
      en: 'The operation was signed too long ago and has expired. Send it again.',
    },
    ExhaustsResources: {
      es: 'El bloque actual ya está lleno. Intente de nuevo en unos segundos.',
      en: 'The current block is full. Try again in a few seconds.',
    },
    Custom: {
      es: 'La red rechazó la operación por una regla del servicio (el código está en los detalles). Revise los datos e intente de nuevo.',
      en: 'The network refused the operation under a rule of the service (the code is in the details). Check the data and try again.',
    },
    BadMandatory: {
      es: 'Una operación obligatoria del bloque falló. Es un error interno: comparta los detalles con soporte.',
      en: 'A mandatory operation of the block failed. This is an internal error: share the details with support.',
    },
    MandatoryValidation: {
      es: 'Esta operación solo puede incluirla el productor del bloque; no puede enviarse.',
      en: 'Only the block author can include this operation; it cannot be submitted.',
    },
    BadSigner: {
      es: 'La cuenta firmante no es válida o está deshabilitada.',
      en: 'The signing account is invalid or disabled.',
    },
    IndeterminateImplicit: {
      es: 'La red no pudo calcular los datos implícitos de la operación. Actualice el portal e intente de nuevo.',
      en: 'The network could not compute the operation’s implicit data. Reload the portal and try again.',
    },
    UnknownOrigin: {
      es: 'La operación no trae una autorización válida (ni firma ni prueba). Revise cómo se generó.',
      en: 'The operation carries no valid authorization (no signature, no proof). Check how it was made.',
    },
    'Unknown.CannotLookup': {
      es: 'La red no encontró un dato necesario para validar la operación. Intente de nuevo.',
      en: 'The network could not look up data needed to validate the operation. Try again.',
    },
    'Unknown.NoUnsignedValidator': {
      es: 'La red no acepta esta operación sin firma.',
      en: 'The network does not accept this operation unsigned.',
    },
    'Unknown.Custom': {
      es: 'La red no pudo validar la operación por ahora. Intente de nuevo más tarde.',
      en: 'The network could not validate the operation for now. Try again later.',
    },
    Priority: {
      es: 'Ya hay en espera una operación igual o de la misma cuenta con mayor prioridad. Espere a que se procese antes de reenviar.',
      en: 'An equal operation, or one of the same account with higher priority, is already waiting. Wait for it before sending again.',
    },
    Banned: {
      es: 'El nodo rechaza temporalmente esta operación porque fue inválida hace poco. Espere unos minutos antes de reenviarla.',
      en: 'The node temporarily refuses this operation because it was invalid recently. Wait a few minutes before sending it again.',
    },
    AlreadyImported: {
      es: 'Esta operación ya se envió y está en espera. No es necesario reenviarla.',
      en: 'This operation was already sent and is waiting. There is no need to send it again.',
    },
    ImmediatelyDropped: {
      es: 'La fila de operaciones del nodo está llena y descartó esta operación. Intente de nuevo en unos momentos.',
      en: 'The node’s transaction queue is full and dropped this operation. Try again in a moment.',
    },
  },
};
