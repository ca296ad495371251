/**
 * The actor resolver: finds the states, international organisations, non-state groups and places an article
 * names, with offsets into the normalised text and a reason for each ({@code "Islamabad" → PAK: capital}).
 *
 * <h2>Use</h2>
 * <pre>{@code
 * ActorResolver actors = ActorResolver.shared();              // dictionaries loaded once, thread-safe
 * List<ActorMention> inSentence = actors.find(text, start, end);
 * DocumentActors doc = actors.document(text);                 // one per article
 * doc.mentions(start, end);     // with "the two countries", "the country" and short leader names resolved
 * doc.mainPair();               // the two states named most, e.g. IRQ-PAK
 * doc.lastStateBefore(offset);  // what "its" refers to
 * actors.leaders().resolve("Bhutto", FuzzyDate.ofYear(1975));  // the term in office then
 * actors.codeAt("RUS", FuzzyDate.ofYear(1980));                 // SUN
 * }</pre>
 *
 * <h2>Dictionaries</h2>
 * TSV files under {@code src/main/resources/org/entente/extraction/actor/}, each with a header row and
 * {@code #} comments explaining its columns: countries, demonyms, capitals, cities, regions, institutions
 * (state bodies and organisations), offices (the words of the office patterns), leaders (one row per term),
 * nonstate (groups, parties, companies, media, peoples, militant words), coreference, nonactors (currencies and
 * the like) and successions. An analyst extends them without touching code.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Codes are ISO 3166-1 alpha-3. Dissolved states keep their ISO 3166-3 codes: Soviet Union {@code SUN},
 *       East Germany {@code DDR}, Yugoslavia {@code YUG} (also the Federal Republic of Yugoslavia until 2003),
 *       Serbia and Montenegro {@code SCG}, Czechoslovakia {@code CSK}, North Vietnam {@code VDR}, South Yemen
 *       {@code YMD}. West Germany is {@code DEU} (the same state; ISO gave it DEU). South Vietnam is
 *       {@code VNM}, the code ISO first gave the Republic of Viet Nam. Renamed states take today's code (Persia
 *       {@code IRN}, Burma {@code MMR}, Ceylon {@code LKA}, Zaire {@code COD}). Kosovo is {@code XKX}.</li>
 *   <li>Mentions carry today's code; {@link org.entente.extraction.actor.ActorResolver#codeAt} maps a code to
 *       the state that stood for it at a date ("Moscow" in 1980 is {@code SUN}).</li>
 *   <li>Taiwan is {@code TWN}, also as "Republic of China"; Beijing and "People's Republic of China" are
 *       {@code CHN}.</li>
 *   <li>Jerusalem and Tel Aviv are both seats of Israel's government (the Knesset and most ministries sit in
 *       Jerusalem; the defence ministry and most embassies in Tel Aviv, and much of the press uses "Tel Aviv"
 *       for the government). East Jerusalem is a place without a code; Ramallah is the Palestinian seat.</li>
 *   <li>Disputed places have no code: Kashmir, Jammu and Kashmir, Aksai Chin, the Line of Control, Kurdistan,
 *       East Jerusalem, Nagorno-Karabakh and the like. Their administered parts have one (Azad Kashmir and
 *       Gilgit-Baltistan {@code PAK}, Ladakh {@code IND}). Gaza and the West Bank are {@code PSE}, the Golan
 *       Heights {@code SYR}, Crimea {@code UKR}. Punjab and Bengal, split between two states, have none.</li>
 *   <li>Places are {@link org.entente.extraction.actor.Kind#LOCATION}: they say where, and a caller decides
 *       whether "visited Karachi" makes Pakistan a destination; "militants in Balochistan" never makes it an
 *       actor. Capitals and seats of government are state metonyms ({@code STATE}).</li>
 *   <li>The Taliban are a non-state group (so are the TTP, ISIS and the rest); the Taliban's government is
 *       reached through "Kabul" and "the Afghan government" ({@code AFG}). A ruling party that is the state
 *       (the Chinese and Soviet communist parties) is a state institution.</li>
 *   <li>Hyphenated compounds: "India-China relations" names both; "US-led", "Turkish-made",
 *       "Pakistan-manufactured" keep the state as the actor that leads or makes; "anti-American", "pro-Soviet"
 *       name no actor; "Tehran-based" names a place; combining forms ("Sino-", "Indo-") count before a
 *       hyphen only.</li>
 *   <li>"IS" is the Islamic State only in capitals and with words of armed conflict within 200 characters;
 *       a two-letter acronym is not trusted in a line written all in capitals.</li>
 *   <li>Leaders' full names always count; surnames shared by several people ("Bhutto", "Sharif", "Zia",
 *       "Bush") count only in a {@link org.entente.extraction.actor.DocumentActors}: as the person named in
 *       full most recently before, or as the one candidate of the document's main pair. A name next to another
 *       capitalised word is someone else's ("Saddam Tahir", "Ivanka Trump", "Trump Tower").</li>
 * </ul>
 */
package org.entente.extraction.actor;
