/*
 * Test of the C ABI, written in C99: every gs_ function, its error paths and its ownership rules.
 *
 * Usage: test_capi PATH/TO/src/packs/en.json
 * (the built-in pack's source, used to load a pack from JSON text and from a file).
 * Prints one line per failed check and finally "N passed, M failed"; exits non-zero on failure.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    printf("%s:%d: FAILED: %s returned %d (%s), expected %d (%s); last error: %s\n", file, line,
           what, got, gs_status_name(got), expected, gs_status_name(expected),
           gs_last_error_message());
  }
}

static int contains(const char* haystack, const char* needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

/* The verdict of one criterion in a report: the first "verdict" after "<name>":{ belongs to it
 * because no member of a criterion object nests another "verdict". */
static int has_verdict(const char* report, const char* criterion, const char* verdict) {
  char key[64];
  char value[64];
  const char* object;
  const char* found;
  snprintf(key, sizeof key, "\"%s\":{", criterion);
  snprintf(value, sizeof value, "\"verdict\":\"%s\"", verdict);
  object = report ? strstr(report, key) : NULL;
  if (object == NULL) return 0;
  found = strstr(object, "\"verdict\":\"");
  return found != NULL && strncmp(found, value, strlen(value)) == 0;
}

static size_t count_occurrences(const char* haystack, const char* needle) {
  size_t n = 0;
  const char* p = haystack;
  while (p != NULL && (p = strstr(p, needle)) != NULL) {
    ++n;
    p += strlen(needle);
  }
  return n;
}

/* A copy of object element `index` of the JSON array `json` (a batch result), or NULL. Strings
 * are skipped so that braces inside them do not count. Free the copy with free(). */
static char* array_element(const char* json, int index) {
  int depth = 0;
  int current = -1;
  int in_string = 0;
  const char* start = NULL;
  const char* p;
  for (p = json; p != NULL && *p != '\0'; ++p) {
    char c = *p;
    if (in_string) {
      if (c == '\\' && p[1] != '\0') {
        ++p;
      } else if (c == '"') {
        in_string = 0;
      }
    } else if (c == '"') {
      in_string = 1;
    } else if (c == '{' || c == '[') {
      if (depth == 1 && c == '{' && ++current == index) start = p;
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
      if (depth == 1 && start != NULL) {
        size_t n = (size_t)(p - start) + 1;
        char* copy = malloc(n + 1);
        if (copy != NULL) {
          memcpy(copy, start, n);
          copy[n] = '\0';
        }
        return copy;
      }
    }
  }
  return NULL;
}

static char* read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  char* data;
  long size;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  data = malloc((size_t)size + 1);
  if (data != NULL && fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    data = NULL;
  }
  if (data != NULL) data[size] = '\0';
  fclose(f);
  return data;
}

/* Writes text to a new temporary file; returns 0 and its name in path on success. */
static int write_temp_file(char* path, size_t path_size, const char* text) {
  int fd;
  size_t len = strlen(text);
  snprintf(path, path_size, "/tmp/goalsmith_test_capi_XXXXXX");
  fd = mkstemp(path);
  if (fd < 0) return -1;
  if (write(fd, text, len) != (ssize_t)len) {
    close(fd);
    unlink(path);
    return -1;
  }
  close(fd);
  return 0;
}

static const char* const OPTIONS = "{\"today\":\"2026-11-22\"}";
static const char* const STRONG_GOAL = "Rehearse 4 STAR stories by Friday";
static const char* const GOAL_WITHOUT_TIME = "Rehearse 4 STAR stories about teamwork";

/* ------------------------------------------------------------------------------------ tests */

static void test_versions_agree_between_macros_and_runtime(void) {
  char expected[32];
  CHECK(GS_VERSION_NUMBER == GS_VERSION_MAJOR * 10000 + GS_VERSION_MINOR * 100 + GS_VERSION_PATCH);
  CHECK(gs_version_number() == GS_VERSION_NUMBER);
  CHECK(gs_version_string() != NULL);
  CHECK(strcmp(gs_version_string(), GS_VERSION_STRING) == 0);
  snprintf(expected, sizeof expected, "%d.%d.%d", GS_VERSION_MAJOR, GS_VERSION_MINOR,
           GS_VERSION_PATCH);
  CHECK(strcmp(expected, GS_VERSION_STRING) == 0);
}

static void test_status_names_are_stable_and_distinct(void) {
  static const int statuses[] = {GS_OK, GS_EINVAL, GS_EUTF8, GS_EJSON_SYNTAX, GS_EJSON_SCHEMA,
                                 GS_EPACK, GS_ENOTFOUND, GS_EIO, GS_EINTERNAL, GS_ENOMEM};
  size_t i, j;
  /* The values are ABI: pin them. */
  CHECK(GS_OK == 0 && GS_EINVAL == -1 && GS_EUTF8 == -2 && GS_EJSON_SYNTAX == -3);
  CHECK(GS_EJSON_SCHEMA == -4 && GS_EPACK == -5 && GS_ENOTFOUND == -6 && GS_EIO == -7);
  CHECK(GS_EINTERNAL == -8 && GS_ENOMEM == -9);
  CHECK(strcmp(gs_status_name(GS_OK), "ok") == 0);
  CHECK(strcmp(gs_status_name(GS_EINVAL), "invalid_argument") == 0);
  CHECK(strcmp(gs_status_name(GS_EUTF8), "invalid_utf8") == 0);
  CHECK(strcmp(gs_status_name(GS_ENOMEM), "out_of_memory") == 0);
  CHECK(strcmp(gs_status_name(12345), "unknown") == 0);
  CHECK(strcmp(gs_status_name(-100), "unknown") == 0);
  for (i = 0; i < sizeof statuses / sizeof statuses[0]; ++i) {
    const char* name = gs_status_name(statuses[i]);
    CHECK(name != NULL && name[0] != '\0' && strcmp(name, "unknown") != 0);
    for (j = 0; j < i; ++j) CHECK(strcmp(name, gs_status_name(statuses[j])) != 0);
  }
}

static void test_last_error_is_empty_before_any_error(void) {
  CHECK(gs_last_error_code() == GS_OK);
  CHECK(gs_last_error_message() != NULL && gs_last_error_message()[0] == '\0');
  CHECK(gs_last_error_where() != NULL && gs_last_error_where()[0] == '\0');
}

static void test_release_functions_accept_null_and_repeat(void) {
  gs_buffer empty = GS_BUFFER_INIT;
  gs_engine_free(NULL);
  gs_buffer_dispose(NULL);
  gs_buffer_dispose(&empty);
  gs_buffer_dispose(&empty);
  CHECK(empty.data == NULL && empty.size == 0);
}

static void test_engine_new_builtin_locales(void) {
  gs_engine* engine = (gs_engine*)&engine; /* not NULL: failure must reset it */
  CHECK_STATUS(gs_engine_new(NULL, "en"), GS_EINVAL);
  CHECK(gs_last_error_code() == GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "gs_engine_new"));
  CHECK(contains(gs_last_error_message(), "'out'"));

  CHECK_STATUS(gs_engine_new(&engine, "xx-unknown"), GS_ENOTFOUND);
  CHECK(engine == NULL);
  CHECK(gs_last_error_code() == GS_ENOTFOUND);
  CHECK(contains(gs_last_error_message(), "xx-unknown"));

  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  CHECK(engine != NULL);
  /* A successful call clears the last error. */
  CHECK(gs_last_error_code() == GS_OK);
  CHECK(strcmp(gs_last_error_message(), "") == 0);
  gs_engine_free(engine);

  engine = NULL;
  CHECK_STATUS(gs_engine_new(&engine, NULL), GS_OK); /* NULL locale is "en" */
  CHECK(engine != NULL);
  gs_engine_free(engine);
}

static void test_engine_info(const gs_engine* engine) {
  gs_buffer info = GS_BUFFER_INIT;
  CHECK_STATUS(gs_engine_info(NULL, engine), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'out'"));
  CHECK_STATUS(gs_engine_info(&info, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'engine'"));
  CHECK(info.data == NULL && info.size == 0);

  CHECK_STATUS(gs_engine_info(&info, engine), GS_OK);
  CHECK(info.data != NULL && info.size == strlen(info.data));
  CHECK(contains(info.data, "\"schema\":\"goalsmith.engine_info/1\""));
  CHECK(contains(info.data, "\"locale\":\"en\""));
  CHECK(contains(info.data, "\"library_version\":\"" GS_VERSION_STRING "\""));
  CHECK(contains(info.data, "\"aspects\":[\""));
  CHECK(contains(info.data, "\"communication\""));
  gs_buffer_dispose(&info);
  CHECK(info.data == NULL && info.size == 0);
}

static void test_engine_from_pack_json(const char* pack_text) {
  gs_engine* engine = NULL;
  gs_buffer report = GS_BUFFER_INIT;
  const char* schema;
  char* corrupted;

  CHECK_STATUS(gs_engine_new_from_pack(NULL, pack_text, GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_engine_new_from_pack(&engine, NULL, 0), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'pack_json'"));
  CHECK(engine == NULL);

  /* Syntax errors name the byte offset. */
  CHECK_STATUS(gs_engine_new_from_pack(&engine, "{\"schema\": \"goalsmith.pack/1\",}",
                                       GS_NUL_TERMINATED),
               GS_EJSON_SYNTAX);
  CHECK(engine == NULL);
  CHECK(contains(gs_last_error_message(), "byte"));
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);

  /* Invalid UTF-8 in a pack. */
  CHECK_STATUS(gs_engine_new_from_pack(&engine, "{\"schema\": \"\xff\"}", GS_NUL_TERMINATED),
               GS_EUTF8);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);

  /* An empty document is a syntax error, not a crash. */
  CHECK_STATUS(gs_engine_new_from_pack(&engine, "", 0), GS_EJSON_SYNTAX);

  /* A wrong value names its JSON path. */
  schema = strstr(pack_text, "goalsmith.pack/1");
  CHECK(schema != NULL);
  corrupted = malloc(strlen(pack_text) + 8);
  if (schema != NULL && corrupted != NULL) {
    size_t prefix = (size_t)(schema - pack_text);
    memcpy(corrupted, pack_text, prefix);
    strcpy(corrupted + prefix, "goalsmith.pack/999");
    strcat(corrupted, schema + strlen("goalsmith.pack/1"));
    /* A wrong value is GS_EJSON_SCHEMA; GS_EPACK is fine too (the pack's own rules). */
    int status = gs_engine_new_from_pack(&engine, corrupted, GS_NUL_TERMINATED);
    CHECK(status == GS_EJSON_SCHEMA || status == GS_EPACK);
    CHECK(engine == NULL);
    CHECK(contains(gs_last_error_message(), "/schema"));
    CHECK(strcmp(gs_last_error_where(), "/schema") == 0);
  }
  free(corrupted);

  /* The real pack loads, with an explicit length, and checks goals like the built-in one. */
  CHECK_STATUS(gs_engine_new_from_pack(&engine, pack_text, strlen(pack_text)), GS_OK);
  CHECK(engine != NULL);
  CHECK_STATUS(gs_check_goal(&report, engine, STRONG_GOAL, GS_NUL_TERMINATED, OPTIONS), GS_OK);
  CHECK(has_verdict(report.data, "time_bound", "met"));
  gs_buffer_dispose(&report);
  gs_engine_free(engine);
}

static void test_engine_from_pack_file(const char* pack_path) {
  gs_engine* engine = NULL;
  char path[64];

  CHECK_STATUS(gs_engine_new_from_pack_file(NULL, pack_path), GS_EINVAL);
  CHECK_STATUS(gs_engine_new_from_pack_file(&engine, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'path'"));

  CHECK_STATUS(gs_engine_new_from_pack_file(&engine, "/nonexistent/goalsmith/pack.json"),
               GS_ENOTFOUND);
  CHECK(engine == NULL);
  CHECK(contains(gs_last_error_message(), "/nonexistent/goalsmith/pack.json"));

  if (write_temp_file(path, sizeof path, "[1, 2,") == 0) {
    CHECK_STATUS(gs_engine_new_from_pack_file(&engine, path), GS_EJSON_SYNTAX);
    CHECK(engine == NULL);
    CHECK(contains(gs_last_error_message(), "byte"));
    unlink(path);
  } else {
    CHECK(!"could not write a temporary file");
  }

  CHECK_STATUS(gs_engine_new_from_pack_file(&engine, pack_path), GS_OK);
  CHECK(engine != NULL);
  gs_engine_free(engine);
}

static void test_check_goal_rejects_bad_arguments(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer used = GS_BUFFER_INIT;
  char* used_data;

  CHECK_STATUS(gs_check_goal(NULL, engine, STRONG_GOAL, GS_NUL_TERMINATED, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'out'"));
  CHECK_STATUS(gs_check_goal(&out, NULL, STRONG_GOAL, GS_NUL_TERMINATED, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "gs_check_goal"));
  CHECK(contains(gs_last_error_message(), "'engine'"));
  CHECK_STATUS(gs_check_goal(&out, engine, NULL, 0, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'text' is NULL"));
  CHECK_STATUS(gs_check_goal(&out, engine, NULL, 12, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'text' is NULL"));
  CHECK_STATUS(gs_check_goal(&out, engine, NULL, GS_NUL_TERMINATED, NULL), GS_EINVAL);
  CHECK(out.data == NULL && out.size == 0);

  /* A buffer that still holds a result is refused, not leaked or overwritten. */
  CHECK_STATUS(gs_check_goal(&used, engine, STRONG_GOAL, GS_NUL_TERMINATED, OPTIONS), GS_OK);
  used_data = used.data;
  CHECK_STATUS(gs_check_goal(&used, engine, STRONG_GOAL, GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'out'"));
  CHECK(used.data == used_data);
  gs_buffer_dispose(&used);
}

static void test_check_goal_rejects_bad_text(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;

  CHECK_STATUS(gs_check_goal(&out, engine, "Rehearse \xff stories by Friday", GS_NUL_TERMINATED,
                             OPTIONS),
               GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 9") == 0);
  CHECK(contains(gs_last_error_message(), "byte 9"));
  CHECK(out.data == NULL && out.size == 0);

  /* A truncated multi-byte sequence at the end. */
  CHECK_STATUS(gs_check_goal(&out, engine, "Rehearse \xc3", GS_NUL_TERMINATED, OPTIONS), GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 9") == 0);

  CHECK_STATUS(gs_check_goal(&out, engine, "", 0, OPTIONS), GS_EINVAL);
  CHECK(gs_last_error_message()[0] != '\0');
  CHECK_STATUS(gs_check_goal(&out, engine, "", GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK_STATUS(gs_check_goal(&out, engine, STRONG_GOAL, 0, OPTIONS), GS_EINVAL);
  CHECK_STATUS(gs_check_goal(&out, engine, "   \t\n", GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK(out.data == NULL && out.size == 0);
}

static void test_check_goal_rejects_bad_options(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;

  CHECK_STATUS(gs_check_goal(&out, engine, STRONG_GOAL, GS_NUL_TERMINATED, "{\"today\":"),
               GS_EJSON_SYNTAX);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK_STATUS(gs_check_goal(&out, engine, STRONG_GOAL, GS_NUL_TERMINATED, "{\"tody\":1}"),
               GS_EJSON_SCHEMA);
  CHECK(contains(gs_last_error_message(), "/tody"));
  CHECK_STATUS(gs_check_goal(&out, engine, STRONG_GOAL, GS_NUL_TERMINATED, "{\"today\":20261122}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/today") == 0);
  CHECK_STATUS(gs_check_goal(&out, engine, STRONG_GOAL, GS_NUL_TERMINATED, "[]"), GS_EJSON_SCHEMA);
  CHECK(gs_check_goal(&out, engine, STRONG_GOAL, GS_NUL_TERMINATED,
                      "{\"today\":\"2026-13-45\"}") < 0);
  CHECK(gs_last_error_message()[0] != '\0');
  CHECK_STATUS(gs_check_goal(&out, engine, STRONG_GOAL, GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-22\",\"focus\":[\"no_such_aspect\"]}"),
               GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "no_such_aspect"));
  CHECK(out.data == NULL && out.size == 0);
}

static void test_check_goal_reports_verdicts(const gs_engine* engine) {
  gs_buffer strong = GS_BUFFER_INIT;
  gs_buffer no_time = GS_BUFFER_INIT;
  gs_buffer sized = GS_BUFFER_INIT;
  gs_buffer cut = GS_BUFFER_INIT;
  gs_buffer defaults = GS_BUFFER_INIT;
  gs_buffer empty_options = GS_BUFFER_INIT;

  /* Make sure the previous error is cleared by the successful call below. */
  CHECK(gs_check_goal(&strong, NULL, STRONG_GOAL, GS_NUL_TERMINATED, OPTIONS) == GS_EINVAL);

  CHECK_STATUS(gs_check_goal(&strong, engine, STRONG_GOAL, GS_NUL_TERMINATED, OPTIONS), GS_OK);
  CHECK(gs_last_error_code() == GS_OK && gs_last_error_message()[0] == '\0');
  CHECK(strong.data != NULL && strong.size == strlen(strong.data));
  CHECK(contains(strong.data, "\"schema\":\"goalsmith.smart_report/1\""));
  CHECK(contains(strong.data, "\"today\":\"2026-11-22\""));
  CHECK(contains(strong.data, "\"deadline\":\"2026-11-27\""));
  CHECK(has_verdict(strong.data, "specific", "met"));
  CHECK(has_verdict(strong.data, "measurable", "met"));
  CHECK(has_verdict(strong.data, "time_bound", "met"));

  CHECK_STATUS(gs_check_goal(&no_time, engine, GOAL_WITHOUT_TIME, GS_NUL_TERMINATED, OPTIONS),
               GS_OK);
  CHECK(has_verdict(no_time.data, "time_bound", "missing"));
  CHECK(contains(no_time.data, "\"deadline\":null"));

  /* An explicit length gives the same report as GS_NUL_TERMINATED ... */
  CHECK_STATUS(gs_check_goal(&sized, engine, STRONG_GOAL, strlen(STRONG_GOAL), OPTIONS), GS_OK);
  CHECK(strong.data && sized.data && strcmp(strong.data, sized.data) == 0);
  /* ... and a shorter length stops before " by Friday": no deadline any more. */
  CHECK_STATUS(gs_check_goal(&cut, engine, STRONG_GOAL, strlen("Rehearse 4 STAR stories"),
                             OPTIONS),
               GS_OK);
  CHECK(has_verdict(cut.data, "time_bound", "missing"));
  CHECK(contains(cut.data, "\"text\":\"Rehearse 4 STAR stories\""));

  /* NULL and "" options are the defaults (today = local date). */
  CHECK_STATUS(gs_check_goal(&defaults, engine, STRONG_GOAL, GS_NUL_TERMINATED, NULL), GS_OK);
  CHECK(contains(defaults.data, "\"schema\":\"goalsmith.smart_report/1\""));
  CHECK_STATUS(gs_check_goal(&empty_options, engine, STRONG_GOAL, GS_NUL_TERMINATED, ""), GS_OK);
  CHECK(defaults.data && empty_options.data && strcmp(defaults.data, empty_options.data) == 0);

  gs_buffer_dispose(&strong);
  gs_buffer_dispose(&no_time);
  gs_buffer_dispose(&sized);
  gs_buffer_dispose(&cut);
  gs_buffer_dispose(&defaults);
  gs_buffer_dispose(&empty_options);
  CHECK(strong.data == NULL && strong.size == 0);
  gs_buffer_dispose(&strong); /* idempotent */
  CHECK(strong.data == NULL && strong.size == 0);
}

static void test_check_goals_rejects_bad_calls(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  const char* goals = "[\"Rehearse 4 STAR stories by Friday\"]";

  CHECK_STATUS(gs_check_goals(NULL, engine, goals, GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK_STATUS(gs_check_goals(&out, NULL, goals, GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'engine'"));
  CHECK_STATUS(gs_check_goals(&out, engine, NULL, 0, OPTIONS), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'texts_json'"));

  CHECK_STATUS(gs_check_goals(&out, engine, "[\"a\", ", GS_NUL_TERMINATED, OPTIONS),
               GS_EJSON_SYNTAX);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK(contains(gs_last_error_message(), "byte"));
  CHECK_STATUS(gs_check_goals(&out, engine, "", 0, OPTIONS), GS_EJSON_SYNTAX);
  CHECK_STATUS(gs_check_goals(&out, engine, "[\"Rehearse \xff\"]", GS_NUL_TERMINATED, OPTIONS),
               GS_EUTF8);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK_STATUS(gs_check_goals(&out, engine, "{\"goals\":[]}", GS_NUL_TERMINATED, OPTIONS),
               GS_EJSON_SCHEMA);
  CHECK_STATUS(gs_check_goals(&out, engine, "[\"Rehearse 4 STAR stories\", 5]", GS_NUL_TERMINATED,
                              OPTIONS),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/1") == 0);

  CHECK_STATUS(gs_check_goals(&out, engine, goals, GS_NUL_TERMINATED, "{"), GS_EJSON_SYNTAX);
  CHECK_STATUS(gs_check_goals(&out, engine, goals, GS_NUL_TERMINATED, "{\"focus\":[\"nope\"]}"),
               GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/focus/0") == 0);
  CHECK(out.data == NULL && out.size == 0);
}

static void test_check_goals_reports_each_goal_in_order(const gs_engine* engine) {
  static const char* const ERROR_START = "{\"error\":{\"code\":\"invalid_argument\",";
  gs_buffer out = GS_BUFFER_INIT;
  const char* goals =
      "[\"Rehearse 4 STAR stories by Friday\", \"\", \"Rehearse 4 STAR stories about teamwork\"]";
  char* first;
  char* error;
  char* third;
  char* beyond;

  CHECK_STATUS(gs_check_goals(&out, engine, goals, GS_NUL_TERMINATED, OPTIONS), GS_OK);
  CHECK(out.data != NULL && out.size == strlen(out.data));
  CHECK(out.data != NULL && out.data[0] == '[' && out.data[out.size - 1] == ']');
  CHECK(count_occurrences(out.data, "\"schema\":\"goalsmith.smart_report/1\"") == 2);
  first = array_element(out.data, 0);
  error = array_element(out.data, 1);
  third = array_element(out.data, 2);
  beyond = array_element(out.data, 3);
  CHECK(contains(first, "\"text\":\"Rehearse 4 STAR stories by Friday\""));
  CHECK(has_verdict(first, "time_bound", "met"));
  CHECK(error != NULL && strncmp(error, ERROR_START, strlen(ERROR_START)) == 0);
  CHECK(contains(error, "\"message\":\""));
  CHECK(!contains(error, "\"schema\""));
  CHECK(contains(third, "\"text\":\"Rehearse 4 STAR stories about teamwork\""));
  CHECK(has_verdict(third, "time_bound", "missing"));
  CHECK(beyond == NULL);
  free(first);
  free(error);
  free(third);
  free(beyond);
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_check_goals(&out, engine, "[]", GS_NUL_TERMINATED, OPTIONS), GS_OK);
  CHECK(out.data != NULL && strcmp(out.data, "[]") == 0 && out.size == 2);
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_check_goals(&out, engine, " [ ] ", 5, NULL), GS_OK);
  CHECK(out.data != NULL && strcmp(out.data, "[]") == 0);
  gs_buffer_dispose(&out);
}

static void test_check_goals_many_goals_keep_order(const gs_engine* engine) {
  enum { COUNT = 40 };
  char texts[COUNT * 48 + 8];
  char needle[64];
  gs_buffer out = GS_BUFFER_INIT;
  size_t used = 0;
  int i;
  int in_order = 1;
  char* beyond;

  used += (size_t)snprintf(texts + used, sizeof texts - used, "[");
  for (i = 0; i < COUNT; ++i) {
    used += (size_t)snprintf(texts + used, sizeof texts - used, "%s\"Rehearse %d STAR stories%s\"",
                             i ? "," : "", i + 1, i % 2 ? " by Friday" : "");
  }
  snprintf(texts + used, sizeof texts - used, "]");

  CHECK_STATUS(gs_check_goals(&out, engine, texts, GS_NUL_TERMINATED, OPTIONS), GS_OK);
  CHECK(count_occurrences(out.data, "\"schema\":\"goalsmith.smart_report/1\"") == COUNT);
  for (i = 0; i < COUNT; ++i) {
    char* element = array_element(out.data, i);
    snprintf(needle, sizeof needle, "\"text\":\"Rehearse %d STAR stories%s\"", i + 1,
             i % 2 ? " by Friday" : "");
    if (!contains(element, needle) ||
        !has_verdict(element, "time_bound", i % 2 ? "met" : "missing")) {
      in_order = 0;
    }
    free(element);
  }
  CHECK(in_order);
  beyond = array_element(out.data, COUNT);
  CHECK(beyond == NULL);
  free(beyond);
  gs_buffer_dispose(&out);
}

static void test_options_validate(const gs_engine* engine) {
  CHECK_STATUS(gs_options_validate(NULL, NULL), GS_OK);
  CHECK_STATUS(gs_options_validate(engine, NULL), GS_OK);
  CHECK_STATUS(gs_options_validate(engine, ""), GS_OK);
  CHECK_STATUS(gs_options_validate(engine, OPTIONS), GS_OK);
  CHECK_STATUS(gs_options_validate(engine, "{\"today\":\"2026-11-22\",\"focus\":[\"communication\"],"
                                           "\"weights\":{\"T\":2},\"labels\":{\"A\":\"attainable\"}}"),
               GS_OK);
  CHECK_STATUS(gs_options_validate(engine, "{\"today\""), GS_EJSON_SYNTAX);
  CHECK(contains(gs_last_error_message(), "gs_options_validate"));
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK_STATUS(gs_options_validate(NULL, "{\"colour\":\"blue\"}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/colour") == 0);
  CHECK_STATUS(gs_options_validate(engine, "{\"focus\":[\"communication\",\"juggling\"]}"),
               GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/focus/1") == 0);
  CHECK(contains(gs_last_error_message(), "juggling"));
  /* Without an engine the focus ids cannot be known: only the document is checked. */
  CHECK_STATUS(gs_options_validate(NULL, "{\"focus\":[\"juggling\"]}"), GS_OK);
  CHECK(gs_options_validate(NULL, "{\"today\":\"yesterday\"}") < 0);
  CHECK(gs_last_error_code() < 0);
}

/* ---------------------------------------------------------------------- thread-local errors */

struct thread_result {
  const gs_engine* engine;
  int error_code_at_start;
  int message_empty_at_start;
  int status;
  int error_code_after;
  int where_is_byte_0;
  int check_status;
  int time_bound_met;
};

static void* other_thread(void* arg) {
  struct thread_result* r = arg;
  gs_buffer out = GS_BUFFER_INIT;
  r->error_code_at_start = gs_last_error_code();
  r->message_empty_at_start = gs_last_error_message()[0] == '\0';
  r->status = gs_check_goal(&out, r->engine, "\xc3\x28", GS_NUL_TERMINATED, OPTIONS);
  r->error_code_after = gs_last_error_code();
  r->where_is_byte_0 = strcmp(gs_last_error_where(), "byte 0") == 0;
  /* The shared engine serves this thread while the main thread uses it too. */
  r->check_status = gs_check_goal(&out, r->engine, STRONG_GOAL, GS_NUL_TERMINATED, OPTIONS);
  r->time_bound_met = has_verdict(out.data, "time_bound", "met");
  gs_buffer_dispose(&out);
  return NULL;
}

static void test_last_error_is_thread_local(const gs_engine* engine) {
  pthread_t thread;
  struct thread_result result;
  char message_before[512];
  gs_buffer out = GS_BUFFER_INIT;
  int i;

  memset(&result, 0, sizeof result);
  result.engine = engine;

  CHECK_STATUS(gs_engine_new(NULL, "en"), GS_EINVAL);
  snprintf(message_before, sizeof message_before, "%s", gs_last_error_message());

  CHECK(pthread_create(&thread, NULL, other_thread, &result) == 0);
  for (i = 0; i < 3; ++i) {
    CHECK_STATUS(gs_check_goal(&out, engine, GOAL_WITHOUT_TIME, GS_NUL_TERMINATED, OPTIONS), GS_OK);
    gs_buffer_dispose(&out);
  }
  /* Make the main thread's error current again before the other thread's one is recorded. */
  CHECK_STATUS(gs_engine_new(NULL, "en"), GS_EINVAL);
  CHECK(pthread_join(thread, NULL) == 0);

  /* The other thread did not see the main thread's error ... */
  CHECK(result.error_code_at_start == GS_OK);
  CHECK(result.message_empty_at_start);
  /* ... got its own ... */
  CHECK(result.status == GS_EUTF8);
  CHECK(result.error_code_after == GS_EUTF8);
  CHECK(result.where_is_byte_0);
  CHECK(result.check_status == GS_OK);
  CHECK(result.time_bound_met);
  /* ... and did not overwrite the main thread's one. */
  CHECK(gs_last_error_code() == GS_EINVAL);
  CHECK(strcmp(gs_last_error_message(), message_before) == 0);
  CHECK(gs_last_error_where()[0] == '\0');
}

/* --------------------------------------------------------------------------- gs_parse_time */

static void test_parse_time_rejects_bad_arguments(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer used = GS_BUFFER_INIT;
  char* used_data;

  CHECK_STATUS(gs_parse_time(NULL, engine, "by Friday", GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "gs_parse_time"));
  CHECK(contains(gs_last_error_message(), "'out'"));
  CHECK_STATUS(gs_parse_time(&out, NULL, "by Friday", GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'engine'"));
  CHECK_STATUS(gs_parse_time(&out, engine, NULL, 0, OPTIONS), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'text'"));
  CHECK(out.data == NULL && out.size == 0);

  /* A non-empty out buffer is rejected and left untouched rather than leaked. */
  CHECK_STATUS(gs_parse_time(&used, engine, "by Friday", GS_NUL_TERMINATED, OPTIONS), GS_OK);
  used_data = used.data;
  CHECK_STATUS(gs_parse_time(&used, engine, "by Friday", GS_NUL_TERMINATED, OPTIONS), GS_EINVAL);
  CHECK(used.data == used_data);
  gs_buffer_dispose(&used);

  /* Invalid UTF-8 names the byte offset of the first bad byte. */
  CHECK_STATUS(gs_parse_time(&out, engine, "Send it \xff by Friday", GS_NUL_TERMINATED, OPTIONS),
               GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 8") == 0);
  CHECK(contains(gs_last_error_message(), "byte 8"));
  CHECK(out.data == NULL && out.size == 0);

  /* Options: syntax, unknown keys and bad dates carry their position. */
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, "{\"today\":"),
               GS_EJSON_SYNTAX);
  CHECK(strncmp(gs_last_error_where(), "byte ", 5) == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, "{\"tody\":\"x\"}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/tody") == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-22\",\"focus\":[]}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/focus") == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, "{\"today\":20261122}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/today") == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-02-30\"}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/today") == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, "[]"), GS_EJSON_SCHEMA);
  CHECK(out.data == NULL && out.size == 0);
}

static void test_parse_time_resolves_expressions(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  /* "Répéter" is 9 bytes: the span is in bytes. */
  const char* text = "R\xc3\xa9p\xc3\xa9ter by Friday";

  CHECK_STATUS(gs_parse_time(&out, engine, text, GS_NUL_TERMINATED, OPTIONS), GS_OK);
  CHECK(gs_last_error_code() == GS_OK);
  CHECK(out.data != NULL && out.size == strlen(out.data));
  CHECK(contains(out.data, "\"schema\":\"goalsmith.time/1\""));
  CHECK(contains(out.data, "\"today\":\"2026-11-22\""));
  CHECK(contains(out.data, "\"text\":\"by Friday\""));
  CHECK(contains(out.data, "\"span\":[10,19]"));
  CHECK(contains(out.data, "\"kind\":\"deadline\""));
  CHECK(contains(out.data, "\"end\":\"2026-11-27\""));
  CHECK(contains(out.data, "\"end_inclusive\":true"));
  gs_buffer_dispose(&out);

  /* A recurrence with its end and occurrences. */
  CHECK_STATUS(gs_parse_time(&out, engine, "twice a week until December 18", GS_NUL_TERMINATED,
                             OPTIONS),
               GS_OK);
  CHECK(contains(out.data, "\"kind\":\"recurrence\""));
  CHECK(contains(out.data, "\"until\":\"2026-12-18\""));
  CHECK(contains(out.data, "\"count\":2"));
  gs_buffer_dispose(&out);

  /* len cuts the text; no expression gives an empty list; NULL and "" options are defaults. */
  CHECK_STATUS(gs_parse_time(&out, engine, "Rehearse by Friday", strlen("Rehearse"), OPTIONS),
               GS_OK);
  CHECK(contains(out.data, "\"expressions\":[]"));
  CHECK(contains(out.data, "\"text\":\"Rehearse\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_parse_time(&out, engine, "", 0, NULL), GS_OK);
  CHECK(contains(out.data, "\"expressions\":[]"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, ""), GS_OK);
  CHECK(contains(out.data, "\"kind\":\"deadline\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, "{\"today\":null}"),
               GS_OK);
  gs_buffer_dispose(&out);
}

/* ------------------------------------------------------------------------------------- main */

int main(int argc, char** argv) {
  const char* pack_path = argc > 1 ? argv[1] : NULL;
  char* pack_text = NULL;
  gs_engine* engine = NULL;

#ifdef GS_TEST_PACK_PATH
  if (pack_path == NULL) pack_path = GS_TEST_PACK_PATH;
#endif
  if (pack_path == NULL || (pack_text = read_file(pack_path)) == NULL) {
    fprintf(stderr, "usage: %s PATH/TO/src/packs/en.json (could not read the pack)\n", argv[0]);
    return 2;
  }

  test_last_error_is_empty_before_any_error();
  test_versions_agree_between_macros_and_runtime();
  test_status_names_are_stable_and_distinct();
  test_release_functions_accept_null_and_repeat();
  test_engine_new_builtin_locales();

  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  if (engine != NULL) {
    test_engine_info(engine);
    test_engine_from_pack_json(pack_text);
    test_engine_from_pack_file(pack_path);
    test_check_goal_rejects_bad_arguments(engine);
    test_check_goal_rejects_bad_text(engine);
    test_check_goal_rejects_bad_options(engine);
    test_check_goal_reports_verdicts(engine);
    test_check_goals_rejects_bad_calls(engine);
    test_check_goals_reports_each_goal_in_order(engine);
    test_check_goals_many_goals_keep_order(engine);
    test_options_validate(engine);
    test_parse_time_rejects_bad_arguments(engine);
    test_parse_time_resolves_expressions(engine);
    test_last_error_is_thread_local(engine);
  }
  gs_engine_free(engine);
  free(pack_text);

  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
