/*
 * goalsmith.h - the stable C ABI of goalsmith.
 *
 * A small C99 interface over the C++ library, meant for C programs and for foreign-function
 * interfaces (PHP FFI in LMS plugins, ctypes, ...). Everything goes in and out as UTF-8 text
 * and JSON documents, so the ABI can grow without changing a struct:
 *
 *   gs_engine* engine = NULL;
 *   gs_buffer report = GS_BUFFER_INIT;
 *   if (gs_engine_new(&engine, NULL) != GS_OK ||
 *       gs_check_goal(&report, engine, "Rehearse 4 STAR stories by Friday", GS_NUL_TERMINATED,
 *                     "{\"today\":\"2026-11-22\"}") != GS_OK) {
 *     fprintf(stderr, "goalsmith: %s\n", gs_last_error_message());
 *   } else {
 *     puts(report.data);               // schema goalsmith.smart_report/1
 *   }
 *   gs_buffer_dispose(&report);
 *   gs_engine_free(engine);
 *
 * Conventions (the guide is docs/c-api.md):
 * - Functions that can fail return an int status: GS_OK (0) or a negative gs_status. On failure
 *   the thread-local last error (gs_last_error_code / _message / _where) says what went wrong;
 *   on success it is cleared. Accessors (gs_last_error_*, gs_status_name, gs_version_*) and the
 *   release functions (gs_buffer_dispose, gs_engine_free) never fail and leave it alone.
 * - Out-parameters come first; a single one is called `out`. On failure an out-parameter is set
 *   to its empty value (NULL handle, {NULL, 0} buffer) unless it was itself invalid.
 * - Memory returned by the library is released by the library: gs_buffer_dispose for buffers,
 *   gs_engine_free for engines. Never call free() on it. Releasing NULL is a no-op.
 * - No C++ exception crosses this interface; out-of-memory is GS_ENOMEM.
 * - Text is UTF-8. A length argument may be GS_NUL_TERMINATED to mean strlen(text).
 * - Status values and function signatures are never changed within SOVERSION 0; new functions
 *   and new JSON keys may be added.
 */
#ifndef GOALSMITH_H
#define GOALSMITH_H

#include <stddef.h>
#include <stdint.h> /* SIZE_MAX */

/* ------------------------------------------------------------------------------ export macro */

/** Marks the functions exported from the shared library. Define GOALSMITH_STATIC when linking
 *  the static library (the CMake target goalsmith::goalsmith and pkg-config do this for you). */
#if defined(GOALSMITH_STATIC)
#define GS_API
#elif defined(_WIN32)
#if defined(GOALSMITH_BUILDING)
#define GS_API __declspec(dllexport)
#else
#define GS_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define GS_API __attribute__((visibility("default")))
#else
#define GS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------- versions */

/** Release version of these headers. Kept equal to GOALSMITH_VERSION_* of the C++ headers
 *  (a static_assert in the library checks it). Added in 0.1.0. */
#define GS_VERSION_MAJOR 0
#define GS_VERSION_MINOR 1
#define GS_VERSION_PATCH 0
/** MAJOR * 10000 + MINOR * 100 + PATCH: comparable with gs_version_number(). Added in 0.1.0. */
#define GS_VERSION_NUMBER (GS_VERSION_MAJOR * 10000 + GS_VERSION_MINOR * 100 + GS_VERSION_PATCH)
/** "MAJOR.MINOR.PATCH". Added in 0.1.0. */
#define GS_VERSION_STRING "0.1.0"

/**
 * Version of the library loaded at run time, as MAJOR * 10000 + MINOR * 100 + PATCH.
 *
 * Compare it with GS_VERSION_NUMBER to detect a program built against other headers than the
 * library it runs with (the major number must match; the minor of the library must be at least
 * the one of the headers).
 *
 * @return the run-time version number, e.g. 100 for 0.1.0.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_version_number(void);

/**
 * Version of the library loaded at run time as "MAJOR.MINOR.PATCH".
 *
 * @return a static string owned by the library; never NULL, never freed.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API const char* gs_version_string(void);

/* ------------------------------------------------------------------------------------ errors */

/**
 * Status codes returned by every function that can fail. The values are part of the ABI and are
 * never renumbered; new codes may be added (treat an unknown negative value as an error).
 * GS_EINVAL .. GS_EINTERNAL are the C++ goalsmith::ErrorCode values negated. Added in 0.1.0.
 */
typedef enum gs_status {
  GS_OK = 0,              /**< success */
  GS_EINVAL = -1,         /**< bad argument: NULL pointer, empty goal, bad option value */
  GS_EUTF8 = -2,          /**< text is not valid UTF-8; where is "byte N" */
  GS_EJSON_SYNTAX = -3,   /**< a JSON document does not parse; where is "byte N" */
  GS_EJSON_SCHEMA = -4,   /**< a JSON value is missing, unknown or of the wrong type; where is
                               its JSON pointer, e.g. "/focus/0" */
  GS_EPACK = -5,          /**< a language pack is malformed (bad pattern, duplicate entry...) */
  GS_ENOTFOUND = -6,      /**< unknown built-in locale or missing file */
  GS_EIO = -7,            /**< a file could not be read */
  GS_EINTERNAL = -8,      /**< a bug in goalsmith: please report it with the message */
  GS_ENOMEM = -9          /**< out of memory */
} gs_status;

/**
 * Short stable name of a status, the same words the batch error objects use in "code":
 * "ok", "invalid_argument", "invalid_utf8", "json_syntax", "json_schema", "pack", "not_found",
 * "io", "internal", "out_of_memory"; "unknown" for any other value.
 *
 * @param status a gs_status value (any int is accepted).
 * @return a static string; never NULL. Does not touch the last error.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API const char* gs_status_name(int status);

/**
 * Status of the last failed call on the calling thread, or GS_OK if the last call that returns a
 * status succeeded (or none was made yet).
 *
 * @return a gs_status value.
 * Thread safety: the last error is thread-local; an error on one thread is never seen on
 * another. Added in 0.1.0.
 */
GS_API int gs_last_error_code(void);

/**
 * Message of the last failed call on the calling thread: one English sentence that names the
 * function, the argument or the position of the problem ("... (at byte 12)", "... (at /focus/0)").
 *
 * @return never NULL; "" when there is no error. The string is owned by the library and stays
 *         valid until the next call of a status-returning gs_ function on the same thread; copy
 *         it if you need it longer.
 * Thread safety: thread-local, as gs_last_error_code. Added in 0.1.0.
 */
GS_API const char* gs_last_error_message(void);

/**
 * Where the last error happened on the calling thread: "byte N" for text and JSON syntax, a JSON
 * pointer such as "/focus/0" for JSON values, or "" when the error has no position.
 *
 * @return never NULL; same lifetime as gs_last_error_message().
 * Thread safety: thread-local, as gs_last_error_code. Added in 0.1.0.
 */
GS_API const char* gs_last_error_where(void);

/* ----------------------------------------------------------------------------------- buffers */

/**
 * A NUL-terminated UTF-8 string owned by the library, used for every document the library
 * returns. `size` is the number of bytes before the terminating NUL. An empty buffer is
 * {NULL, 0}; initialise with GS_BUFFER_INIT and release with gs_buffer_dispose. Added in 0.1.0.
 */
typedef struct gs_buffer {
  char* data;  /**< NUL-terminated text, or NULL when empty */
  size_t size; /**< strlen(data) for JSON output; 0 when empty */
} gs_buffer;

/** Initialiser of an empty gs_buffer. Added in 0.1.0. */
#define GS_BUFFER_INIT {NULL, 0}

/**
 * Releases the memory of a buffer filled by the library and resets it to {NULL, 0}, so the
 * buffer can be reused or disposed again.
 *
 * @param buf (in/out) the buffer; NULL and an empty buffer are no-ops.
 * Thread safety: a buffer must not be used by two threads at once; different buffers are
 * independent. Added in 0.1.0.
 */
GS_API void gs_buffer_dispose(gs_buffer* buf);

/* ----------------------------------------------------------------------------------- engines */

/**
 * An engine: a compiled language pack. Immutable once created and safe to share between threads
 * (any number of threads may check goals with one engine at the same time). Opaque.
 * Added in 0.1.0.
 */
typedef struct gs_engine gs_engine;

/** A length meaning "the text is NUL-terminated: use strlen"; equals (size_t)-1 (spelled
 *  SIZE_MAX so that C++ users see no old-style cast). Added in 0.1.0. */
#define GS_NUL_TERMINATED SIZE_MAX

/**
 * Creates an engine over a built-in language pack.
 *
 * @param out (out) receives the new engine, or NULL on failure. Release it with gs_engine_free.
 * @param locale (in) built-in locale such as "en"; NULL means "en".
 * @return GS_OK; GS_EINVAL if out is NULL; GS_ENOTFOUND for a locale that is not built in;
 *         GS_ENOMEM.
 * Thread safety: safe from any thread; the built-in pack is compiled once and shared.
 * Added in 0.1.0.
 */
GS_API int gs_engine_new(gs_engine** out, const char* locale);

/**
 * Creates an engine over a language pack given as a JSON document (schema goalsmith.pack/1,
 * docs/pack-format.md). The whole pack is validated here.
 *
 * @param out (out) receives the new engine, or NULL on failure. Release it with gs_engine_free.
 * @param pack_json (in) the UTF-8 JSON text; not retained after the call.
 * @param len number of bytes of pack_json, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL argument; GS_EUTF8 / GS_EJSON_SYNTAX with the byte offset;
 *         GS_EJSON_SCHEMA / GS_EPACK with the JSON pointer of the first problem; GS_ENOMEM.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_engine_new_from_pack(gs_engine** out, const char* pack_json, size_t len);

/**
 * Creates an engine over a language pack read from a UTF-8 JSON file.
 *
 * @param out (out) receives the new engine, or NULL on failure. Release it with gs_engine_free.
 * @param path (in) file name in the platform's encoding.
 * @return GS_OK; GS_EINVAL if an argument is NULL; GS_ENOTFOUND / GS_EIO when the file cannot be
 *         read; otherwise as gs_engine_new_from_pack.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_engine_new_from_pack_file(gs_engine** out, const char* path);

/**
 * Destroys an engine. No call may be using it any more.
 *
 * @param engine (in) the engine; NULL is a no-op.
 * Thread safety: not concurrently with calls that use this engine. Added in 0.1.0.
 */
GS_API void gs_engine_free(gs_engine* engine);

/**
 * Describes an engine as JSON: {"schema":"goalsmith.engine_info/1","locale":"en","name":...,
 * "pack_version":...,"library_version":"0.1.0","aspects":["communication",...]}. "aspects" lists
 * the ids accepted in the "focus" option (useful to fill a settings form in an LMS plugin).
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left empty on
 *        failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @return GS_OK; GS_EINVAL for a NULL argument or a non-empty out buffer; GS_ENOMEM.
 * Thread safety: safe to call concurrently on a shared engine. Added in 0.1.0.
 */
GS_API int gs_engine_info(gs_buffer* out, const gs_engine* engine);

/* -------------------------------------------------------------------------------- SMART check */

/**
 * Checks one goal against the SMART rubric and returns the report as JSON (schema
 * goalsmith.smart_report/1, docs/schemas/): a verdict "met" | "partial" | "missing" per
 * criterion with score, evidence spans (UTF-8 byte offsets into text), explanation and
 * suggestions, the parsed goal fields, the time expressions and the overall score.
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the report; left {NULL, 0} on
 *        failure. Release it with gs_buffer_dispose. A non-empty buffer is rejected with
 *        GS_EINVAL (and left untouched) rather than leaked: dispose it before reusing it.
 * @param engine (in) the engine.
 * @param text (in) the goal, UTF-8. Must not be NULL, even when len is 0.
 * @param len number of bytes of text, or GS_NUL_TERMINATED.
 * @param options_json (in) check options as a NUL-terminated JSON object (schema
 *        goalsmith.check_options/1, all keys optional), e.g.
 *        {"today":"2026-11-22","focus":["communication"],"weights":{"T":2},
 *         "labels":{"A":"attainable"}}; NULL or "" means the defaults (today = local date).
 * @return GS_OK; GS_EINVAL for a NULL argument, an empty or blank goal or a bad option value
 *         (an unknown focus aspect has where "/focus/N"); GS_EUTF8 with the byte offset of the first bad byte;
 *         GS_EJSON_SYNTAX / GS_EJSON_SCHEMA for malformed options (byte offset / JSON pointer);
 *         GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_check_goal(gs_buffer* out, const gs_engine* engine, const char* text, size_t len,
                         const char* options_json);

/**
 * Checks many goals at once, in parallel on up to the hardware's number of threads.
 *
 * Input is a JSON array of strings. Output is a JSON array of the same length and order whose
 * elements are either a report (as gs_check_goal) or, for a goal that could not be checked, an
 * error object {"error":{"code":"invalid_argument","message":"...","where":null}} ("code" is a
 * gs_status_name, "where" is "byte N" or null), so one bad goal does not fail the batch.
 *
 * Problems with the call itself fail the whole call: NULL arguments, malformed options or an
 * unknown focus aspect, and an input that is not a JSON array of strings.
 *
 * @param out (out) an empty buffer that receives the array; left {NULL, 0} on failure. Release
 *        it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param texts_json (in) UTF-8 JSON text of an array of strings, e.g. ["Rehearse ...", "..."].
 * @param len number of bytes of texts_json, or GS_NUL_TERMINATED.
 * @param options_json (in) options applied to every goal, as in gs_check_goal; NULL or "" for
 *        the defaults.
 * @return GS_OK; GS_EINVAL for a NULL argument or a bad option; GS_EUTF8 / GS_EJSON_SYNTAX with
 *         the byte offset in texts_json; GS_EJSON_SCHEMA with the JSON pointer of an element that
 *         is not a string (or "/" when the document is not an array); GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_check_goals(gs_buffer* out, const gs_engine* engine, const char* texts_json,
                          size_t len, const char* options_json);

/**
 * Validates a check-options document without checking a goal, e.g. when an LMS administrator
 * saves plugin settings.
 *
 * @param engine (in) optional: when not NULL the "focus" aspects are also checked against the
 *        engine's pack (an unknown aspect is GS_EINVAL with where "/focus/N").
 * @param options_json (in) the NUL-terminated options document; NULL or "" is valid (defaults).
 * @return GS_OK or the status gs_check_goal would return for these options, with the message
 *         in gs_last_error_message().
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_options_validate(const gs_engine* engine, const char* options_json);

/* ----------------------------------------------------------------------- time expressions */

/**
 * Finds every time expression in a text ("by Friday", "twice a week until December 18",
 * "within 3 weeks", "45 minutes", ...) and resolves it against a reference date. Returns the JSON
 * document (schema goalsmith.time/1, docs/schemas/time.schema.json):
 * {"schema":"goalsmith.time/1","text":...,"today":"YYYY-MM-DD","expressions":[{"text",
 * "span","kind","grain","start","end","end_inclusive","past","year_stated","recurrence",
 * "duration_seconds","start_time","end_time"}, ...]}, each expression the same object as in a
 * report's "time_expressions": spans are UTF-8 byte offsets into text, dates are YYYY-MM-DD,
 * times of day HH:MM:SS ("at 3pm", "from 9 to 11am", "tonight"; null when none is given; grain
 * "hour", "minute", "second" or "part_of_day", since 0.1.0) and every end is inclusive. A text
 * without a time expression gives "expressions":[] (empty and blank texts are accepted).
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left {NULL, 0}
 *        on failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param text (in) the text, UTF-8. Must not be NULL, even when len is 0.
 * @param len number of bytes of text, or GS_NUL_TERMINATED.
 * @param options_json (in) a NUL-terminated JSON object (schema goalsmith.time_options/1,
 *        docs/schemas/time_options.schema.json) whose keys are all optional, null meaning not
 *        given: {"today":"2026-11-22"} (the reference date; default the local date),
 *        {"now":"08:30"} (reference time of day, HH:MM or HH:MM:SS: "in 2 hours" gets a time
 *        and a time of day without a day that has passed is tomorrow's; default none),
 *        {"week_start":"sunday"} ("monday" or "sunday"; default the engine's). NULL or ""
 *        means the defaults. ("now" and "week_start" added in 0.1.0.)
 * @return GS_OK; GS_EINVAL for a NULL argument or a non-empty out buffer; GS_EUTF8 with the
 *         byte offset of the first bad byte of text; GS_EJSON_SYNTAX (byte offset) /
 *         GS_EJSON_SCHEMA (JSON pointer: "/tody" for an unknown key, "/today" for a value that
 *         is not a real YYYY-MM-DD date, "/now", "/week_start") for malformed options; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_parse_time(gs_buffer* out, const gs_engine* engine, const char* text, size_t len,
                         const char* options_json);

/* ------------------------------------------------------------------ SMART goals worksheet */

/**
 * Reads a SMART goals worksheet, given as JSON (schema goalsmith.worksheet/1; the text starts
 * with '{') or as the Markdown form a learner fills in (docs/worksheet.md), and returns it as
 * the goalsmith.worksheet/1 JSON document.
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left {NULL, 0}
 *        on failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine; its pack gives the words of the Markdown form.
 * @param text (in) the worksheet, UTF-8. Must not be NULL.
 * @param len number of bytes of text, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL argument, a non-empty out buffer or a malformed Markdown
 *         form (where is "line N": a letter before the first goal, a letter twice, an unknown
 *         section, a goal without a statement, ...); GS_EUTF8 with the byte offset;
 *         GS_EJSON_SYNTAX (byte offset) / GS_EJSON_SCHEMA (JSON pointer, e.g.
 *         "/goals/1/statement") for malformed JSON; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_worksheet_parse(gs_buffer* out, const gs_engine* engine, const char* text, size_t len);

/**
 * Writes a worksheet (JSON or Markdown, as gs_worksheet_parse reads) as the Markdown form,
 * e.g. to show a JSON submission to the learner. gs_worksheet_parse reads it back.
 *
 * @param out (out) an empty buffer that receives the Markdown; release with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param worksheet (in) the worksheet, UTF-8; must not be NULL.
 * @param len number of bytes of worksheet, or GS_NUL_TERMINATED.
 * @return GS_OK or the errors of gs_worksheet_parse.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_worksheet_markdown(gs_buffer* out, const gs_engine* engine, const char* worksheet,
                                 size_t len);

/**
 * An empty Markdown form to fill in: header fields, a feedback section and `goals` goal
 * sections with one line per letter; the hints are HTML comments (invisible once rendered,
 * ignored when read back).
 *
 * @param out (out) an empty buffer that receives the Markdown; release with gs_buffer_dispose.
 * @param engine (in) the engine; its pack gives the words and hints.
 * @param goals number of goal sections, 1..20.
 * @return GS_OK; GS_EINVAL for a NULL argument, a non-empty out buffer or goals out of range;
 *         GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_worksheet_blank(gs_buffer* out, const gs_engine* engine, int goals);

/**
 * Grades a worksheet (JSON or Markdown, as gs_worksheet_parse reads) on a rubric and returns
 * the grade document (schema goalsmith.worksheet_grade/1, docs/worksheet.md): score, points,
 * pass, band, comments to the learner, and per goal the SMART report of the statement, how
 * well each justification argues its letter (verdict, evidence spans in UTF-8 bytes of the
 * justification, comment) and the trace to the feedback. Deterministic: the worksheet's date is
 * the reference date, so the same worksheet and rubric always give the same bytes.
 *
 * @param out (out) an empty buffer that receives the grade; release with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param worksheet (in) the worksheet, UTF-8; must not be NULL.
 * @param len number of bytes of worksheet, or GS_NUL_TERMINATED.
 * @param rubric_json (in) the rubric (schema goalsmith.grading_rubric/1, every key optional) as
 *        a NUL-terminated JSON object, e.g. {"min_goals":2,"required_areas":["behavioral"],
 *        "points":{"statement":2,"justification":1},"pass_mark":0.6}; NULL or "" for the
 *        defaults.
 * @return GS_OK; the errors of gs_worksheet_parse; GS_EJSON_SYNTAX / GS_EJSON_SCHEMA for a
 *         malformed rubric (byte offset / JSON pointer); GS_EINVAL for a worksheet without a
 *         date (where "/date"), an unknown aspect (where "/feedback/aspects/N" or
 *         "/required_areas/N") or a goal the SMART check rejects (where "/goals/N ...");
 *         GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_worksheet_grade(gs_buffer* out, const gs_engine* engine, const char* worksheet,
                              size_t len, const char* rubric_json);
/* ----------------------------------------------------------------------- growth mindset */

/**
 * Reads a reflection sentence by sentence and reports its thinking traps (labeling, fixed
 * ability, fortune telling, overgeneralizing, all-or-nothing, catastrophizing, mind reading,
 * should statements, disqualifying the positive, comparing, impostor feelings, emotional
 * reasoning, giving up) with 1-3 reframing prompts each. Returns the JSON document (schema
 * goalsmith.mindset_report/1, docs/schemas/mindset_report.schema.json):
 * {"schema","text","locale","today","sentences","summary","findings":[{"category","title",
 * "span","text","trigger":{"span","text"},"confidence","prompts":[{"technique","text"}],
 * "rewrite","skill":{"text","span","aspect"}|null,"goal_draft":{...}|null}]}. Spans are UTF-8
 * byte offsets into text. A text without traps gives "findings":[]. See docs/mindset.md.
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left {NULL, 0}
 *        on failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param text (in) the reflection, UTF-8, at most 1 MiB. Must not be NULL, even when len is 0.
 * @param len number of bytes of text, or GS_NUL_TERMINATED.
 * @param options_json (in) a NUL-terminated JSON object (schema goalsmith.mindset_options/1,
 *        all keys optional): {"today":"2026-11-22","max_prompts":2,"min_confidence":0.7,
 *        "goal_drafts":false}. NULL or "" means the defaults (today = local date, 3 prompts).
 * @return GS_OK; GS_EINVAL for a NULL argument, a non-empty out buffer, an empty or blank text
 *         or one over 1 MiB (where "byte 1048576"); GS_EUTF8 with the byte offset of the first
 *         bad byte; GS_EJSON_SYNTAX (byte offset) / GS_EJSON_SCHEMA (JSON pointer, e.g.
 *         "/max_prompts") for malformed options; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_check_mindset(gs_buffer* out, const gs_engine* engine, const char* text, size_t len,
                            const char* options_json);

/**
 * Guidance for receiving feedback, as prompts an app can show before and after a feedback
 * session (listen, ask for specific examples, separate the person from the behaviour, thank the
 * giver, ...). Returns the JSON document (schema goalsmith.feedback_guidance/1):
 * {"schema","locale","before":[{"id","text"}],"after":[{"id","text"}]}.
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left {NULL, 0}
 *        on failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param moment (in) "before", "after", or NULL for both.
 * @return GS_OK; GS_EINVAL for a NULL out or engine, a non-empty out buffer or an unknown
 *         moment; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_guidance(gs_buffer* out, const gs_engine* engine, const char* moment);
/* ---------------------------------------------------------------------------------- journal */

/**
 * A learner's journal: interviews, reflections, goals and check-ins (docs/journal.md). Opaque;
 * everything goes in and out as JSON. A journal is a mutable value: calls that only read it
 * (gs_journal_save, _to_json, _progress, _trends, _report) may run concurrently with each other,
 * but not with gs_journal_add on the same journal. Different journals are independent.
 * Added in 0.1.0.
 */
typedef struct gs_journal gs_journal;

/**
 * Creates an empty journal.
 *
 * @param out (out) receives the journal, or NULL on failure. Release it with gs_journal_free.
 * @param options_json (in) NUL-terminated JSON object, all keys optional:
 *        {"learner":"Ada","created":"2026-11-01"} (created defaults to the local date);
 *        NULL or "" for the defaults.
 * @return GS_OK; GS_EINVAL if out is NULL; GS_EJSON_SYNTAX / GS_EJSON_SCHEMA for bad options
 *         (byte offset / JSON pointer); GS_ENOMEM.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_journal_new(gs_journal** out, const char* options_json);

/**
 * Reads a journal file (schema goalsmith.journal/1; the older layout goalsmith.journal/0 is
 * migrated in memory). The file is only read, never changed, even when it is damaged.
 *
 * @param out (out) receives the journal, or NULL on failure. Release it with gs_journal_free.
 * @param engine (in) the engine (used to migrate an older layout: its goals get targets from
 *        the SMART check).
 * @param path (in) file name in the platform's encoding.
 * @return GS_OK; GS_EINVAL for a NULL argument; GS_ENOTFOUND when the file does not exist;
 *         GS_EIO when it cannot be read; GS_EUTF8 / GS_EJSON_SYNTAX with "byte N" and
 *         GS_EJSON_SCHEMA with the JSON pointer of the first problem (the message names the
 *         file); GS_ENOMEM.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_journal_load(gs_journal** out, const gs_engine* engine, const char* path);

/**
 * Reads a journal from its JSON text, as gs_journal_load reads a file.
 *
 * @param out (out) receives the journal, or NULL on failure. Release it with gs_journal_free.
 * @param engine (in) the engine.
 * @param json (in) UTF-8 JSON text; not retained.
 * @param len number of bytes of json, or GS_NUL_TERMINATED.
 * @return as gs_journal_load, without the file errors.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_journal_from_json(gs_journal** out, const gs_engine* engine, const char* json, size_t len);

/**
 * Destroys a journal.
 *
 * @param journal (in) the journal; NULL is a no-op.
 * Thread safety: not concurrently with other calls on this journal. Added in 0.1.0.
 */
GS_API void gs_journal_free(gs_journal* journal);

/**
 * Saves a journal to a file atomically: the document is written to a temp file in the same
 * directory, flushed (fsync), renamed over path and the directory is flushed. A crash at any
 * moment leaves the old file or the new one, never a mix; on failure the old file is intact
 * and the temp file removed.
 *
 * @param journal (in) the journal.
 * @param path (in) file name in the platform's encoding.
 * @return GS_OK; GS_EINVAL for a NULL argument or an empty path; GS_EIO naming the step that
 *         failed; GS_ENOMEM.
 * Thread safety: see gs_journal. Added in 0.1.0.
 */
GS_API int gs_journal_save(const gs_journal* journal, const char* path);

/**
 * The journal document (schema goalsmith.journal/1, docs/schemas/journal.schema.json).
 *
 * @param out (out) an empty buffer that receives the document; left {NULL, 0} on failure.
 *        Release it with gs_buffer_dispose.
 * @param journal (in) the journal.
 * @return GS_OK; GS_EINVAL for a NULL argument or a non-empty out buffer; GS_ENOMEM.
 * Thread safety: see gs_journal. Added in 0.1.0.
 */
GS_API int gs_journal_to_json(gs_buffer* out, const gs_journal* journal);

/**
 * Applies one change given as a JSON op (schema goalsmith.journal_op/1,
 * docs/schemas/journal_op.schema.json) and returns the item added or changed:
 *   {"op":"add_goal","text":"Rehearse 4 STAR stories by Friday","today":"2026-11-22"}
 *   {"op":"check_in","goal":"g1","date":"2026-11-23","amount":2,"note":"..."}
 *   {"op":"set_status","goal":"g1","status":"done","date":"2026-11-27"}
 *   {"op":"add_interview","session":{...},"ratings":{...},"improve":[...]}
 *   {"op":"add_reflection","text":"...","date":"2026-11-23","mindset":{...}}
 * A goal's target, window and recurrence come from the SMART check of its text.
 *
 * @param out (out) an empty buffer that receives the item (a goal, check-in, interview or
 *        reflection object of the journal document); left {NULL, 0} on failure.
 * @param journal (in/out) the journal; unchanged on failure.
 * @param engine (in) the engine.
 * @param op_json (in) UTF-8 JSON text of the op.
 * @param len number of bytes of op_json, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL argument, an empty goal text or a duplicate id;
 *         GS_ENOTFOUND for an unknown goal (where "/goal"); GS_EUTF8 / GS_EJSON_SYNTAX with the
 *         byte offset; GS_EJSON_SCHEMA with the JSON pointer inside the op; GS_ENOMEM.
 * Thread safety: see gs_journal. Added in 0.1.0.
 */
GS_API int gs_journal_add(gs_buffer* out, gs_journal* journal, const gs_engine* engine, const char* op_json,
                          size_t len);

/**
 * Progress of every goal (schema goalsmith.progress/1, docs/schemas/progress.schema.json): done
 * vs target, percent, expected by today, state "on_track" | "behind" | "done" | "overdue" |
 * "paused" | "dropped", and for recurring goals the periods, streak and missed occurrences.
 * Deterministic given "today".
 *
 * @param out (out) an empty buffer that receives the document; left {NULL, 0} on failure.
 * @param journal (in) the journal.
 * @param options_json (in) {"today":"2026-11-25"} (null or absent: the local date); NULL or "".
 * @return GS_OK; GS_EINVAL for a NULL argument; GS_EJSON_SYNTAX / GS_EJSON_SCHEMA for bad
 *         options; GS_ENOMEM.
 * Thread safety: see gs_journal. Added in 0.1.0.
 */
GS_API int gs_journal_progress(gs_buffer* out, const gs_journal* journal, const char* options_json);

/**
 * Trends across interviews (schema goalsmith.trends/1, docs/schemas/trends.schema.json): rating
 * rows per aspect and interview for plotting, recurring areas to improve, areas that improved,
 * goals completed.
 *
 * @param out (out) an empty buffer that receives the document; left {NULL, 0} on failure.
 * @param journal (in) the journal.
 * @param options_json (in) {"today":"2026-11-25"}; NULL or "" for the local date.
 * @return as gs_journal_progress.
 * Thread safety: see gs_journal. Added in 0.1.0.
 */
GS_API int gs_journal_trends(gs_buffer* out, const gs_journal* journal, const char* options_json);

/**
 * A summary report of the journal: goals with progress, trends, recent reflections, in Markdown
 * or HTML (every text from the journal escaped). Headings and sentences come from the engine's
 * language pack.
 *
 * @param out (out) an empty buffer that receives the report text; left {NULL, 0} on failure.
 * @param journal (in) the journal.
 * @param engine (in) the engine.
 * @param options_json (in) {"today":"2026-11-25","format":"markdown"|"html"} (defaults: the
 *        local date, "markdown"); NULL or "".
 * @return GS_OK; GS_EINVAL for a NULL argument; GS_EJSON_SYNTAX / GS_EJSON_SCHEMA for bad
 *         options ("/format" for an unknown format); GS_ENOMEM.
 * Thread safety: see gs_journal. Added in 0.1.0.
 */
GS_API int gs_journal_report(gs_buffer* out, const gs_journal* journal, const gs_engine* engine,
                             const char* options_json);

/* ------------------------------------------------------------------------ goal drafts */

/**
 * Analyzes a feedback session and drafts SMART goals for its top areas to improve (and for the
 * skills a reflection's mindset report names): one per aspect, each tied to the feedback item it
 * comes from and checked by the SMART check with all five criteria met. Returns the JSON
 * document (schema goalsmith.goal_drafts/1, docs/schemas/goal_drafts.schema.json):
 * {"schema","today","session_id","drafts":[{"text","aspect","aspect_title","source":{"kind",
 * "session_id","question_id","aspect","field","span","text"},"rationale","report":{...}}]}.
 * "report" is the goalsmith.smart_report/1 document of the draft; source spans are UTF-8 byte
 * offsets into the session text that "field" names. See docs/drafts.md.
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left {NULL, 0}
 *        on failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param session_json (in) the session, NUL-terminated JSON (schema goalsmith.feedback_session/1).
 * @param template_json (in) the template its questions come from (goalsmith.feedback_template/1),
 *        or NULL / "" for the built-in one.
 * @param mindset_report_json (in) a report of gs_check_mindset on the learner's reflection, or
 *        NULL / "" for none.
 * @param options_json (in) {"today":"2026-12-05","count":3} (schema goalsmith.draft_options/1,
 *        all keys optional); NULL or "" means today = the local date, 3 drafts.
 * @return GS_OK; GS_EINVAL for a NULL argument, a non-empty out buffer, a count outside 1..the
 *         pack's maximum, a question the template lacks; GS_EUTF8 / GS_EJSON_SYNTAX (byte offset)
 *         / GS_EJSON_SCHEMA (JSON pointer) for a malformed document, the message naming the
 *         argument; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_draft_goals(gs_buffer* out, const gs_engine* engine, const char* session_json,
                          const char* template_json, const char* mindset_report_json,
                          const char* options_json);
/* ----------------------------------------------------------------------------- improve a goal */

/**
 * Rewrites a weak goal into a SMART one, keeping the learner's own action and object, and says
 * what it changed (docs/goals.md). Returns the JSON document (schema goalsmith.improved_goal/1):
 * {"schema","original","text","all_met","changes":[{"criterion","kind","before","after",
 * "description"}],"before":report,"after":report}.
 *
 * @param out (out) an empty buffer that receives the document; release with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param text (in) the goal, UTF-8; must not be NULL.
 * @param len number of bytes of text, or GS_NUL_TERMINATED.
 * @param options_json (in) NUL-terminated JSON object, every key optional (schema
 *        goalsmith.improve_context/1 plus "today"): {"today":"2026-11-22",
 *        "focus":["behavioral"],"deadline":"2026-12-18","window_days":21}; NULL or "" for the
 *        defaults (today = the local date, deadline = today + 13 days).
 * @return GS_OK; GS_EINVAL for a NULL argument, an empty goal, an unknown focus aspect, a
 *         deadline before today ("/deadline") or window_days out of range; GS_EUTF8 with the
 *         byte offset; GS_EJSON_SYNTAX / GS_EJSON_SCHEMA for malformed options; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_improve_goal(gs_buffer* out, const gs_engine* engine, const char* text, size_t len,
                           const char* options_json);

/* ----------------------------------------------------------------------------------- feedback */

/*
 * Feedback templates, feedback sessions and feedback analysis (docs/feedback.md). Documents
 * are JSON with a "schema" key, each with a JSON Schema in docs/schemas/:
 * goalsmith.feedback_template/1, goalsmith.feedback_session/1, goalsmith.feedback_analysis/1,
 * goalsmith.feedback_history/1, goalsmith.feedback_recommendation/1; requests follow
 * goalsmith.feedback_request/1 (the "schema" key is optional in a request). Spans are UTF-8
 * byte offsets into the text they name (an answer's notes, or the session's "strengths" or
 * "improvements"). Errors in a request name the JSON pointer of the value in the request
 * ("/session/answers/2/rating", "/template/questions/4/aspect", "/history/1/date").
 */

/**
 * The language pack's built-in feedback template (ten interview aspects, 4-8 questions each,
 * a 1-4 hire scale, follow-ups for learning from feedback) as a goalsmith.feedback_template/1
 * document: a starting point for a school's own template.
 *
 * @param out (out) an empty buffer (GS_BUFFER_INIT) that receives the document; left {NULL, 0}
 *        on failure. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @return GS_OK; GS_EINVAL for a NULL argument or a non-empty out buffer; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_template_default(gs_buffer* out, const gs_engine* engine);

/**
 * The rating scales the pack ships, as a JSON array of scale objects
 * ({"id","title","levels":[{"value","label"}],"ready_from","no_decision"?}): a 1-4 hire scale,
 * a 1-5 quality scale and a three-level scale, to offer in a template editor.
 *
 * @param out (out) an empty buffer that receives the array. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @return GS_OK; GS_EINVAL for a NULL argument or a non-empty out buffer; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_scales(gs_buffer* out, const gs_engine* engine);

/**
 * Validates a feedback template fully: unknown or missing keys, empty texts, duplicate aspect
 * or question ids, a question naming an unknown aspect, a word naming two aspects, a bad scale
 * (fewer than two levels, values not increasing, ready_from not a level).
 *
 * @param out (out) optional: NULL to only validate, or an empty buffer that receives the
 *        template in normal form (every key written, one line).
 * @param template_json (in) the goalsmith.feedback_template/1 document, UTF-8.
 * @param len number of bytes of template_json, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL template_json or a non-empty out buffer; GS_EUTF8 /
 *         GS_EJSON_SYNTAX with the byte offset; GS_EJSON_SCHEMA with the JSON pointer of the
 *         first problem in gs_last_error_where() (e.g. "/questions/3/aspect"); GS_ENOMEM.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_feedback_template_validate(gs_buffer* out, const char* template_json, size_t len);

/**
 * Validates a feedback session (goalsmith.feedback_session/1): its id, date ("YYYY-MM-DD"),
 * kind ("peer_mock", "professional_mock", "real"), answers (question_id, notes, rating as an
 * integer level or "no_decision", yes/no answer) and free texts. Whether question ids and
 * ratings fit a template is checked by gs_feedback_analyze.
 *
 * @param out (out) optional: NULL to only validate, or an empty buffer for the normal form.
 * @param session_json (in) the session document, UTF-8.
 * @param len number of bytes of session_json, or GS_NUL_TERMINATED.
 * @return as gs_feedback_template_validate.
 * Thread safety: safe from any thread. Added in 0.1.0.
 */
GS_API int gs_feedback_session_validate(gs_buffer* out, const char* session_json, size_t len);

/**
 * Chooses the questions to ask the interviewer, for the learner's most worrying or weakest
 * aspects, with a reason for each; deterministic. Request:
 * {"template": {...} (optional: the built-in one), "concerns": ["live_coding", "I freeze on
 * coding questions"] (aspect ids or free text, optional), "history": [session, ...] (optional),
 * "n": 3 (optional, 1-20)}. Answer: goalsmith.feedback_recommendation/1
 * {"template_id", "questions": [{"question": {...}, "aspect_title", "reason_code", "reason",
 * "score"}], "concerns": [{"text", "aspects", "evidence"}]}; "reason_code" is "concern",
 * "recurring", "history", "more" or "coverage".
 *
 * @param out (out) an empty buffer that receives the answer. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param request_json (in) the request, UTF-8.
 * @param len number of bytes of request_json, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL argument, n out of range ("/n") or a blank concern
 *         ("/concerns/N"); GS_EUTF8, GS_EJSON_SYNTAX (byte offset); GS_EJSON_SCHEMA (JSON
 *         pointer in the request); GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_recommend(gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len);

/**
 * Analyzes one session: per aspect the strengths and areas to improve found in the notes
 * (with the byte spans of the clause and of the cue words, and whether it was said gently),
 * the ratings and yes/no answers, and the areas to improve ranked. Request:
 * {"session": {...}, "template": {...} (optional: without it the built-in template when the
 * session names it, else the pack's aspects)}, or a session document alone. Answer:
 * goalsmith.feedback_analysis/1 {"session_id", "date", "template_id", "locale", "findings":
 * [{"session_id", "question_id", "aspect", "polarity": "strength" | "improve", "softened",
 * "source": "notes" | "strengths" | "improvements" | "rating" | "answer", "span", "text",
 * "weight", "cues"}], "aspects", "areas_to_improve", "overall_rating", "summary"}.
 *
 * @param out (out) an empty buffer that receives the analysis. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param request_json (in) the request, UTF-8.
 * @param len number of bytes of request_json, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL argument, or with the JSON pointer for a question the
 *         template lacks ("/session/answers/N/question_id") or a rating not on its scale
 *         ("/session/answers/N/rating"); GS_EUTF8, GS_EJSON_SYNTAX, GS_EJSON_SCHEMA as above;
 *         GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_analyze(gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len);

/**
 * Analyzes several sessions and reports the aspects that keep coming back. Request:
 * {"sessions": [session, ...], "templates": [template, ...] (optional; each session uses the
 * one whose id it names)}. Answer: goalsmith.feedback_history/1 {"session_count",
 * "session_ids" (oldest first), "aspects": [{"aspect", "title", "sessions",
 * "strength_sessions", "improve_findings", "strength_findings", "priority", "recurring",
 * "trend"}], "analyses": [...], "summary"}.
 *
 * @param out (out) an empty buffer that receives the answer. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param request_json (in) the request, UTF-8.
 * @param len number of bytes of request_json, or GS_NUL_TERMINATED.
 * @return as gs_feedback_analyze; errors in a session name it ("/sessions/2/answers/0/rating");
 *         two sessions with one id are GS_EINVAL.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_analyze_history(gs_buffer* out, const gs_engine* engine, const char* request_json,
                                       size_t len);

/**
 * Renders a printable worksheet (a template with the chosen questions and room for notes) or a
 * session report (notes, ratings, strengths, ranked areas to improve) as Markdown or as an HTML
 * fragment with every text escaped. Request: {"what": "worksheet", "format": "markdown" |
 * "html", "template": {...} (optional), "questions": ["lc_clarify", ...] (optional: all)} or
 * {"what": "report", "format": ..., "session": {...}, "template": {...} (optional)}.
 * The answer is the rendered text itself, not JSON.
 *
 * @param out (out) an empty buffer that receives the text. Release it with gs_buffer_dispose.
 * @param engine (in) the engine.
 * @param request_json (in) the request, UTF-8.
 * @param len number of bytes of request_json, or GS_NUL_TERMINATED.
 * @return GS_OK; GS_EINVAL for a NULL argument or an unknown question id ("/questions/N");
 *         GS_EUTF8, GS_EJSON_SYNTAX, GS_EJSON_SCHEMA as above; GS_ENOMEM.
 * Thread safety: safe to call concurrently with the same engine. Added in 0.1.0.
 */
GS_API int gs_feedback_render(gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GOALSMITH_H */
