/*
 * Test of the journal's C ABI (gs_journal_*), written in C99: a journal built through ops,
 * saved and loaded again, progress, trends and report, a damaged file, an older layout, and every
 * function's NULL and bad-input paths.
 *
 * Usage: test_capi_journal SCRATCH_DIR
 * Prints one line per failed check and finally "N passed, M failed"; exits non-zero on failure.
 */
#define _POSIX_C_SOURCE 200809L

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

static char* read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  char* text;
  long size;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  text = (char*)malloc((size_t)size + 1);
  if (text != NULL && fread(text, 1, (size_t)size, f) != (size_t)size) {
    free(text);
    text = NULL;
  }
  if (text != NULL) text[size] = '\0';
  fclose(f);
  return text;
}

static void write_file(const char* path, const char* text) {
  FILE* f = fopen(path, "wb");
  if (f == NULL) return;
  fputs(text, f);
  fclose(f);
}

/* Applies an op and checks the result contains `expect`. */
static void add_ok(gs_journal* journal, const gs_engine* engine, const char* op, const char* expect) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_journal_add(&out, journal, engine, op, GS_NUL_TERMINATED), GS_OK);
  if (!contains(out.data, expect)) {
    ++failed;
    printf("FAILED: op %s gave %s, expected it to contain %s\n", op, out.data ? out.data : "(null)", expect);
  } else {
    ++passed;
  }
  gs_buffer_dispose(&out);
}

static void test_null_arguments(const gs_engine* engine) {
  gs_journal* journal = NULL;
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_journal_new(NULL, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "gs_journal_new"));
  CHECK_STATUS(gs_journal_load(&journal, NULL, "x.json"), GS_EINVAL);
  CHECK(journal == NULL);
  CHECK_STATUS(gs_journal_load(&journal, engine, NULL), GS_EINVAL);
  CHECK_STATUS(gs_journal_from_json(&journal, engine, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_journal_save(NULL, "x.json"), GS_EINVAL);
  CHECK_STATUS(gs_journal_to_json(&out, NULL), GS_EINVAL);
  CHECK_STATUS(gs_journal_progress(NULL, NULL, NULL), GS_EINVAL);
  CHECK_STATUS(gs_journal_trends(&out, NULL, NULL), GS_EINVAL);
  CHECK_STATUS(gs_journal_report(&out, NULL, engine, NULL), GS_EINVAL);
  CHECK(out.data == NULL);
  CHECK_STATUS(gs_journal_new(&journal, NULL), GS_OK);
  CHECK_STATUS(gs_journal_add(&out, journal, NULL, "{}", GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_journal_add(&out, journal, engine, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_journal_report(&out, journal, NULL, NULL), GS_EINVAL);
  CHECK_STATUS(gs_journal_save(journal, NULL), GS_EINVAL);
  gs_journal_free(journal);
  gs_journal_free(NULL); /* a no-op */
}

static void test_bad_options_and_ops(const gs_engine* engine) {
  gs_journal* journal = NULL;
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_journal_new(&journal, "{\"learner\": 5}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/learner") == 0);
  CHECK(journal == NULL);
  CHECK_STATUS(gs_journal_new(&journal, "{\"created\": \"2026-11-01\"}"), GS_OK);
  CHECK_STATUS(gs_journal_progress(&out, journal, "{\"today\": \"2026-02-30\"}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/today") == 0);
  CHECK_STATUS(gs_journal_progress(&out, journal, "{\"format\": \"html\"}"), GS_EJSON_SCHEMA);
  CHECK_STATUS(gs_journal_report(&out, journal, engine, "{\"format\": \"pdf\"}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/format") == 0);
  CHECK_STATUS(gs_journal_add(&out, journal, engine, "{\"op\": \"check_in\", \"goal\": \"g1\"}", GS_NUL_TERMINATED),
               GS_ENOTFOUND);
  CHECK(strcmp(gs_last_error_where(), "/goal") == 0);
  CHECK_STATUS(gs_journal_add(&out, journal, engine, "{\"op\": \"add_goal\", \"text\": \"Send \xff\"}", GS_NUL_TERMINATED),
               GS_EUTF8);
  CHECK_STATUS(gs_journal_add(&out, journal, engine, "{\"op\": \"add_goal\"", GS_NUL_TERMINATED), GS_EJSON_SYNTAX);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK_STATUS(gs_journal_add(&out, journal, engine, "{\"op\": \"fly\"}", GS_NUL_TERMINATED), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/op") == 0);
  CHECK(out.data == NULL);
  /* A non-empty out buffer is refused rather than leaked. */
  CHECK_STATUS(gs_journal_to_json(&out, journal), GS_OK);
  CHECK_STATUS(gs_journal_to_json(&out, journal), GS_EINVAL);
  gs_buffer_dispose(&out);
  gs_journal_free(journal);
}

static void test_journal_end_to_end(const gs_engine* engine, const char* dir) {
  char path[1024];
  gs_journal* journal = NULL;
  gs_journal* again = NULL;
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer first = GS_BUFFER_INIT;
  gs_buffer second = GS_BUFFER_INIT;
  snprintf(path, sizeof path, "%s/journal.json", dir);

  CHECK_STATUS(gs_journal_new(&journal, "{\"learner\": \"Ada\", \"created\": \"2026-11-01\"}"), GS_OK);
  add_ok(journal, engine,
         "{\"op\": \"add_interview\", \"session\": {\"schema\": \"goalsmith.feedback_session/1\", \"id\": \"mock-1\","
         " \"date\": \"2026-11-01\"}, \"ratings\": {\"live_coding\": {\"value\": 2, \"min\": 1, \"max\": 4}},"
         " \"improve\": [\"live_coding\"]}",
         "\"id\":\"mock-1\"");
  add_ok(journal, engine,
         "{\"op\": \"add_interview\", \"session\": {}, \"date\": \"2026-11-15\","
         " \"ratings\": {\"live_coding\": {\"value\": 4, \"min\": 1, \"max\": 4}}, \"improve\": [\"live_coding\"]}",
         "\"id\":\"i1\"");
  add_ok(journal, engine,
         "{\"op\": \"add_goal\", \"text\": \"Rehearse 4 STAR stories about conflict by Friday\", \"today\": \"2026-11-22\","
         " \"origin\": \"draft\", \"source\": {\"session_id\": \"mock-1\", \"aspect\": \"behavioral\", \"note_span\": [0, 12]}}",
         "\"target\":{\"amount\":4,\"unit\":\"star_story\"}");
  add_ok(journal, engine,
         "{\"op\": \"add_goal\", \"text\": \"Do a mock interview 3 times a week until Jan 31\", \"today\": \"2026-11-22\"}",
         "\"unit\":\"occurrence\"");
  add_ok(journal, engine, "{\"op\": \"check_in\", \"goal\": \"g1\", \"date\": \"2026-11-23\", \"amount\": 1}",
         "\"id\":\"c1\"");
  add_ok(journal, engine, "{\"op\": \"check_in\", \"goal\": \"g2\", \"date\": \"2026-11-24\", \"note\": \"with Sam\"}",
         "\"note\":\"with Sam\"");
  add_ok(journal, engine, "{\"op\": \"set_status\", \"goal\": \"g2\", \"status\": \"paused\", \"date\": \"2026-11-25\"}",
         "\"status\":\"paused\"");
  add_ok(journal, engine, "{\"op\": \"add_reflection\", \"text\": \"I clarified first this time.\", \"date\": \"2026-11-24\"}",
         "\"id\":\"r1\"");

  CHECK_STATUS(gs_journal_progress(&out, journal, "{\"today\": \"2026-11-25\"}"), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.progress/1\""));
  CHECK(contains(out.data, "\"goal\":\"g1\",\"text\":\"Rehearse 4 STAR stories about conflict by Friday\","
                           "\"status\":\"active\",\"state\":\"behind\",\"done\":1"));
  CHECK(contains(out.data, "\"state\":\"paused\""));
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_journal_trends(&out, journal, "{\"today\": \"2026-11-25\"}"), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.trends/1\""));
  CHECK(contains(out.data, "\"recurring\":[{\"aspect\":\"live_coding\",\"count\":2"));
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_journal_report(&out, journal, engine, "{\"today\": \"2026-11-25\"}"), GS_OK);
  CHECK(contains(out.data, "# Interview journal of Ada"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_journal_report(&out, journal, engine, "{\"today\": \"2026-11-25\", \"format\": \"html\"}"), GS_OK);
  CHECK(contains(out.data, "<h1>Interview journal of Ada</h1>"));
  gs_buffer_dispose(&out);

  /* Save, load, and get the same document back. */
  CHECK_STATUS(gs_journal_save(journal, path), GS_OK);
  CHECK_STATUS(gs_journal_load(&again, engine, path), GS_OK);
  CHECK_STATUS(gs_journal_to_json(&first, journal), GS_OK);
  CHECK_STATUS(gs_journal_to_json(&second, again), GS_OK);
  CHECK(first.data != NULL && second.data != NULL && strcmp(first.data, second.data) == 0);
  gs_journal_free(again);
  again = NULL;
  CHECK_STATUS(gs_journal_from_json(&again, engine, first.data, first.size), GS_OK);
  gs_journal_free(again);
  again = NULL;
  gs_buffer_dispose(&second);

  /* A damaged file: a clear error with the byte offset, and the file stays as it was. */
  {
    char* damaged = (char*)malloc(first.size / 2 + 1);
    char* after = NULL;
    if (damaged != NULL) {
      memcpy(damaged, first.data, first.size / 2);
      damaged[first.size / 2] = '\0';
      write_file(path, damaged);
      CHECK_STATUS(gs_journal_load(&again, engine, path), GS_EJSON_SYNTAX);
      CHECK(again == NULL);
      CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
      CHECK(contains(gs_last_error_message(), "journal.json"));
      after = read_file(path);
      CHECK(after != NULL && strcmp(after, damaged) == 0);
      free(after);
      free(damaged);
    }
  }
  snprintf(path, sizeof path, "%s/missing.json", dir);
  CHECK_STATUS(gs_journal_load(&again, engine, path), GS_ENOTFOUND);
  snprintf(path, sizeof path, "%s/no-such-dir/journal.json", dir);
  CHECK_STATUS(gs_journal_save(journal, path), GS_EIO);

  /* An older layout is migrated on load. */
  snprintf(path, sizeof path, "%s/old.json", dir);
  write_file(path, "{\"schema\": \"goalsmith.journal/0\", \"goals\": [{\"id\": \"g1\", \"text\": \"Send 10 "
                   "applications within 2 weeks\", \"created\": \"2026-11-20\", \"log\": [{\"date\": \"2026-11-21\"}]}]}");
  CHECK_STATUS(gs_journal_load(&again, engine, path), GS_OK);
  CHECK_STATUS(gs_journal_to_json(&second, again), GS_OK);
  CHECK(contains(second.data, "\"schema\": \"goalsmith.journal/1\""));
  CHECK(contains(second.data, "\"amount\": 10"));
  gs_buffer_dispose(&second);
  gs_journal_free(again);

  gs_buffer_dispose(&first);
  gs_journal_free(journal);
}

int main(int argc, char** argv) {
  gs_engine* engine = NULL;
  if (argc < 2) {
    fprintf(stderr, "usage: %s SCRATCH_DIR\n", argv[0]);
    return 2;
  }
  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  if (engine != NULL) {
    test_null_arguments(engine);
    test_bad_options_and_ops(engine);
    test_journal_end_to_end(engine, argv[1]);
  }
  gs_engine_free(engine);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
