/*
 * Test of the goal-drafts C ABI, written in C99: gs_draft_goals on a session file, with a
 * mindset report, its error paths (NULL arguments, malformed documents named by argument) and
 * ownership rules. Prints one line per failed check and "N passed, M failed"; exits non-zero
 * on failure. Usage: goalsmith_capi_drafts_test path/to/session.json
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goalsmith.h"

static int passed = 0;
static int failed = 0;

#define CHECK(cond) check((cond) != 0, #cond, __FILE__, __LINE__)
#define CHECK_STATUS(expr, expected) check_status((expr), (expected), #expr, __FILE__, __LINE__)

static void check(int ok, const char* what, const char* file, int line) {
  if (ok) {
    ++passed;
  } else {
    ++failed;
    printf("%s:%d: FAILED: %s\n", file, line, what);
  }
}

static void check_status(int got, int expected, const char* what, const char* file, int line) {
  if (got == expected) {
    ++passed;
  } else {
    ++failed;
    printf("%s:%d: FAILED: %s returned %d (%s), expected %d (%s); last error: %s\n", file, line, what, got,
           gs_status_name(got), expected, gs_status_name(expected), gs_last_error_message());
  }
}

static int contains(const char* haystack, const char* needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

static int count(const char* haystack, const char* needle) {
  int n = 0;
  for (const char* p = haystack; p != NULL && (p = strstr(p, needle)) != NULL; p += strlen(needle)) ++n;
  return n;
}

static char* read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) return NULL;
  char* data = malloc(1 << 16);
  size_t n = data ? fread(data, 1, (1 << 16) - 1, f) : 0;
  fclose(f);
  if (data) data[n] = '\0';
  return data;
}

static const char* const kOptions = "{\"today\":\"2026-12-05\"}";

static void test_drafts(gs_engine* engine, const char* session) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_draft_goals(&out, engine, session, NULL, NULL, kOptions), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.goal_drafts/1\""));
  CHECK(contains(out.data, "\"today\":\"2026-12-05\""));
  CHECK(contains(out.data, "clarifying questions"));
  CHECK(contains(out.data, "\"question_id\":\"lc_clarify\""));
  CHECK(count(out.data, "\"verdict\":\"met\"") == 3 * 5); /* three drafts, five criteria met each */
  CHECK(out.size == strlen(out.data));
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_draft_goals(&out, engine, session, "", "", "{\"today\":\"2026-12-05\",\"count\":1}"), GS_OK);
  CHECK(count(out.data, "\"rationale\"") == 1);
  gs_buffer_dispose(&out);
}

static void test_with_mindset(gs_engine* engine) {
  gs_buffer report = GS_BUFFER_INIT;
  gs_buffer out = GS_BUFFER_INIT;
  const char* session =
      "{\"schema\":\"goalsmith.feedback_session/1\",\"id\":\"s2\",\"date\":\"2026-12-01\",\"answers\":[{\"question_id\":\"lc_clarify\",\"notes\":\"Fine.\"}]}";
  CHECK_STATUS(gs_check_mindset(&report, engine, "I'm just not good at salary negotiation and never will be.",
                                GS_NUL_TERMINATED, kOptions),
               GS_OK);
  CHECK_STATUS(gs_draft_goals(&out, engine, session, NULL, report.data, kOptions), GS_OK);
  CHECK(contains(out.data, "\"kind\":\"mindset\""));
  CHECK(contains(out.data, "\"aspect\":\"negotiation\""));
  gs_buffer_dispose(&out);
  gs_buffer_dispose(&report);
}

static void test_errors(gs_engine* engine, const char* session) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_draft_goals(NULL, engine, session, NULL, NULL, NULL), GS_EINVAL);
  CHECK_STATUS(gs_draft_goals(&out, NULL, session, NULL, NULL, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "engine"));
  CHECK_STATUS(gs_draft_goals(&out, engine, NULL, NULL, NULL, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "session_json"));
  CHECK(out.data == NULL && out.size == 0);

  CHECK_STATUS(gs_draft_goals(&out, engine, "{\"id\": ", NULL, NULL, NULL), GS_EJSON_SYNTAX);
  CHECK(contains(gs_last_error_message(), "session_json"));
  CHECK_STATUS(gs_draft_goals(&out, engine, session, NULL, NULL, "{\"count\": 0}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/count") == 0);
  CHECK(contains(gs_last_error_message(), "options_json"));
  CHECK(count(gs_last_error_message(), "(at /count)") == 1);
  CHECK_STATUS(gs_draft_goals(&out, engine, session, "{\"id\": 1}", NULL, NULL), GS_EJSON_SCHEMA);
  CHECK(contains(gs_last_error_message(), "template_json"));
  CHECK_STATUS(gs_draft_goals(&out, engine, session, NULL, "[]", NULL), GS_EJSON_SCHEMA);
  CHECK(contains(gs_last_error_message(), "mindset_report_json"));
  CHECK(out.data == NULL && out.size == 0);

  /* A filled buffer is refused, not leaked. */
  CHECK_STATUS(gs_draft_goals(&out, engine, session, NULL, NULL, kOptions), GS_OK);
  CHECK_STATUS(gs_draft_goals(&out, engine, session, NULL, NULL, kOptions), GS_EINVAL);
  gs_buffer_dispose(&out);
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s path/to/session.json\n", argv[0]);
    return 2;
  }
  char* session = read_file(argv[1]);
  if (session == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  gs_engine* engine = NULL;
  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  if (engine != NULL) {
    test_drafts(engine, session);
    test_with_mindset(engine);
    test_errors(engine, session);
  }
  gs_engine_free(engine);
  free(session);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
