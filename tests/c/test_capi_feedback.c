/*
 * Test of the feedback part of the C ABI, written in C99: every gs_feedback_* function, its
 * error paths (NULL pointers, non-empty buffers, malformed JSON with byte offsets, JSON
 * pointers of bad values in requests) and its ownership rules.
 *
 * Prints one line per failed check and finally "N passed, M failed"; exits non-zero on failure.
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

static const char* const SESSION =
    "{\"schema\":\"goalsmith.feedback_session/1\",\"id\":\"mock-1\",\"date\":\"2026-11-20\","
    "\"kind\":\"peer_mock\",\"template\":\"goalsmith.default\",\"answers\":["
    "{\"question_id\":\"lc_clarify\",\"notes\":\"You started coding before clarifying the requirements.\","
    "\"rating\":2},"
    "{\"question_id\":\"cm_pace\",\"notes\":\"Maybe slow down a bit.\"}],"
    "\"strengths\":\"You explained your approach clearly.\",\"improvements\":\"\"}";

static void test_default_template_and_scales(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer again = GS_BUFFER_INIT;
  CHECK_STATUS(gs_feedback_template_default(&out, engine), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.feedback_template/1\""));
  CHECK(contains(out.data, "\"id\":\"live_coding\""));
  CHECK(out.size == strlen(out.data));
  /* The default template validates and comes back the same. */
  CHECK_STATUS(gs_feedback_template_validate(&again, out.data, out.size), GS_OK);
  CHECK(again.data != NULL && strcmp(again.data, out.data) == 0);
  CHECK_STATUS(gs_feedback_template_validate(NULL, out.data, GS_NUL_TERMINATED), GS_OK);
  /* A non-empty buffer is rejected and left untouched. */
  CHECK_STATUS(gs_feedback_template_default(&out, engine), GS_EINVAL);
  CHECK(out.data != NULL);
  gs_buffer_dispose(&out);
  gs_buffer_dispose(&again);
  CHECK_STATUS(gs_feedback_scales(&out, engine), GS_OK);
  CHECK(contains(out.data, "\"strong no hire\""));
  CHECK(contains(out.data, "\"needs improvement\""));
  gs_buffer_dispose(&out);
}

static void test_null_arguments(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_feedback_template_default(NULL, engine), GS_EINVAL);
  CHECK_STATUS(gs_feedback_template_default(&out, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "engine"));
  CHECK_STATUS(gs_feedback_scales(&out, NULL), GS_EINVAL);
  CHECK_STATUS(gs_feedback_template_validate(&out, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_feedback_session_validate(&out, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_feedback_recommend(&out, engine, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_feedback_recommend(NULL, engine, "{}", GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_feedback_analyze(&out, NULL, SESSION, GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_feedback_analyze_history(&out, engine, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_feedback_render(&out, engine, NULL, 0), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "request_json"));
  CHECK(out.data == NULL && out.size == 0);
}

static void test_template_errors(void) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_feedback_template_validate(&out, "{\"schema\": ", GS_NUL_TERMINATED), GS_EJSON_SYNTAX);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK_STATUS(gs_feedback_template_validate(&out, "{\"id\": \"\xff\"}", GS_NUL_TERMINATED), GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 8") == 0);
  CHECK_STATUS(gs_feedback_template_validate(
                   &out,
                   "{\"schema\":\"goalsmith.feedback_template/1\",\"id\":\"t\",\"version\":\"1\",\"locale\":\"en\","
                   "\"title\":\"T\",\"scale\":{\"id\":\"s\",\"title\":\"S\",\"levels\":[{\"value\":1,\"label\":\"low\"},"
                   "{\"value\":2,\"label\":\"high\"}],\"ready_from\":2},\"aspects\":[{\"id\":\"a\",\"title\":\"A\"}],"
                   "\"questions\":[{\"id\":\"q\",\"text\":\"Q?\",\"kind\":\"open\",\"aspect\":\"b\"}]}",
                   GS_NUL_TERMINATED),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/questions/0/aspect") == 0);
  CHECK(contains(gs_last_error_message(), "unknown aspect"));
  CHECK(out.data == NULL);
}

static void test_session_validate(void) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_feedback_session_validate(&out, SESSION, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(out.data, "\"question_id\":\"cm_pace\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_feedback_session_validate(NULL, "{\"schema\":\"goalsmith.feedback_session/1\",\"id\":\"x\","
                                                  "\"date\":\"2026-13-01\",\"answers\":[]}",
                                            GS_NUL_TERMINATED),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/date") == 0);
}

static void test_analyze(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  char request[2048];
  CHECK_STATUS(gs_feedback_analyze(&out, engine, SESSION, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.feedback_analysis/1\""));
  CHECK(contains(out.data, "\"areas_to_improve\":[{\"aspect\":\"live_coding\""));
  CHECK(contains(out.data, "\"softened\":true"));
  gs_buffer_dispose(&out);
  /* The same session inside a request; a rating off the scale names its path in the request. */
  snprintf(request, sizeof request, "{\"session\": %s}", SESSION);
  CHECK_STATUS(gs_feedback_analyze(&out, engine, request, GS_NUL_TERMINATED), GS_OK);
  gs_buffer_dispose(&out);
  {
    char* bad = (char*)malloc(strlen(request) + 1);
    char* at;
    strcpy(bad, request);
    at = strstr(bad, "\"rating\":2");
    CHECK(at != NULL);
    if (at) at[9] = '7';
    CHECK_STATUS(gs_feedback_analyze(&out, engine, bad, GS_NUL_TERMINATED), GS_EINVAL);
    CHECK(strcmp(gs_last_error_where(), "/session/answers/0/rating") == 0);
    free(bad);
  }
  CHECK_STATUS(gs_feedback_analyze(&out, engine, "{\"session\": {\"id\": 3}}", GS_NUL_TERMINATED), GS_EJSON_SCHEMA);
  CHECK(strncmp(gs_last_error_where(), "/session", 8) == 0);
  CHECK_STATUS(gs_feedback_analyze(&out, engine, "{\"sesion\": {}}", GS_NUL_TERMINATED), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/sesion") == 0);
  CHECK(out.data == NULL);
}

static void test_history(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  char request[4096];
  char second[2048];
  const char* id = strstr(SESSION, "mock-1");
  /* The same notes a week later under another id: live coding comes back. */
  snprintf(second, sizeof second, "%.*smock-2%s", (int)(id - SESSION), SESSION, id + 6);
  {
    char* date = strstr(second, "2026-11-20");
    if (date) memcpy(date, "2026-11-27", 10);
  }
  snprintf(request, sizeof request, "{\"sessions\": [%s, %s]}", SESSION, second);
  CHECK_STATUS(gs_feedback_analyze_history(&out, engine, request, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.feedback_history/1\""));
  CHECK(contains(out.data, "\"aspect\":\"live_coding\""));
  CHECK(contains(out.data, "\"recurring\":true"));
  gs_buffer_dispose(&out);
  snprintf(request, sizeof request, "{\"sessions\": [%s, %s]}", SESSION, SESSION);
  CHECK_STATUS(gs_feedback_analyze_history(&out, engine, request, GS_NUL_TERMINATED), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "two sessions"));
}

static void test_recommend(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer again = GS_BUFFER_INIT;
  const char* request = "{\"concerns\": [\"I freeze on coding questions\"], \"n\": 2}";
  CHECK_STATUS(gs_feedback_recommend(&out, engine, request, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.feedback_recommendation/1\""));
  CHECK(contains(out.data, "\"aspect\":\"live_coding\""));
  CHECK(contains(out.data, "\"reason_code\":\"concern\""));
  CHECK_STATUS(gs_feedback_recommend(&again, engine, request, GS_NUL_TERMINATED), GS_OK);
  CHECK(again.data != NULL && out.data != NULL && strcmp(again.data, out.data) == 0); /* deterministic */
  gs_buffer_dispose(&out);
  gs_buffer_dispose(&again);
  CHECK_STATUS(gs_feedback_recommend(&out, engine, "{\"n\": 0}", GS_NUL_TERMINATED), GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/n") == 0);
  CHECK_STATUS(gs_feedback_recommend(&out, engine, "{\"concerns\": [\"ok\", \" \"]}", GS_NUL_TERMINATED), GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/concerns/1") == 0);
  CHECK_STATUS(gs_feedback_recommend(&out, engine, "{\"history\": [{\"id\": \"x\"}]}", GS_NUL_TERMINATED),
               GS_EJSON_SCHEMA);
  CHECK(strncmp(gs_last_error_where(), "/history/0", 10) == 0);
  CHECK(out.data == NULL);
}

static void test_render(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  char request[2048];
  CHECK_STATUS(gs_feedback_render(&out, engine,
                                  "{\"what\": \"worksheet\", \"format\": \"html\", \"questions\": [\"lc_clarify\"]}",
                                  GS_NUL_TERMINATED),
               GS_OK);
  CHECK(contains(out.data, "<article class=\"goalsmith-worksheet\">"));
  CHECK(contains(out.data, "clarifying questions"));
  gs_buffer_dispose(&out);
  snprintf(request, sizeof request, "{\"what\": \"report\", \"session\": %s}", SESSION);
  CHECK_STATUS(gs_feedback_render(&out, engine, request, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(out.data, "# Feedback session of 2026-11-20"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_feedback_render(&out, engine, "{\"what\": \"worksheet\", \"questions\": [\"nope\"]}",
                                  GS_NUL_TERMINATED),
               GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/questions/0") == 0);
  CHECK_STATUS(gs_feedback_render(&out, engine, "{\"what\": \"poster\"}", GS_NUL_TERMINATED), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/what") == 0);
  CHECK_STATUS(gs_feedback_render(&out, engine, "{\"what\": \"worksheet\", \"format\": \"pdf\"}", GS_NUL_TERMINATED),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/format") == 0);
}

int main(void) {
  gs_engine* engine = NULL;
  if (gs_engine_new(&engine, "en") != GS_OK) {
    printf("cannot create the engine: %s\n", gs_last_error_message());
    return 1;
  }
  test_default_template_and_scales(engine);
  test_null_arguments(engine);
  test_template_errors();
  test_session_validate();
  test_analyze(engine);
  test_history(engine);
  test_recommend(engine);
  test_render(engine);
  gs_engine_free(engine);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
