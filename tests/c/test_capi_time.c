/*
 * Test of the time C ABI, written in C99: times of day in gs_parse_time's document and the
 * options "now" and "week_start" (gs_parse_time, gs_check_goal), with their errors.
 * Prints one line per failed check and finally "N passed, M failed"; exits non-zero on failure.
 */
#include <stdio.h>
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

/* 2026-11-22 is a Sunday. */
static void test_times_of_day(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_parse_time(&out, engine, "Call the recruiter tomorrow at 3:30pm", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-22\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"text\":\"tomorrow at 3:30pm\""));
  CHECK(contains(out.data, "\"grain\":\"minute\""));
  CHECK(contains(out.data, "\"start\":\"2026-11-23\""));
  CHECK(contains(out.data, "\"start_time\":\"15:30:00\""));
  CHECK(contains(out.data, "\"end_time\":\"15:30:00\""));
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_parse_time(&out, engine, "practise from 9 to 11am and rest tonight", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-22\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"kind\":\"interval\""));
  CHECK(contains(out.data, "\"start_time\":\"09:00:00\""));
  CHECK(contains(out.data, "\"end_time\":\"11:00:00\""));
  CHECK(contains(out.data, "\"grain\":\"part_of_day\""));
  CHECK(contains(out.data, "\"end_time\":\"23:59:59\""));
  gs_buffer_dispose(&out);

  /* A date without a time of day has null times. */
  CHECK_STATUS(gs_parse_time(&out, engine, "by Friday", GS_NUL_TERMINATED, "{\"today\":\"2026-11-22\"}"), GS_OK);
  CHECK(contains(out.data, "\"start_time\":null"));
  CHECK(contains(out.data, "\"end_time\":null"));
  gs_buffer_dispose(&out);
}

static void test_now_option(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  /* With a reference time "in 2 hours" is a deadline two hours from now, crossing midnight. */
  CHECK_STATUS(gs_parse_time(&out, engine, "in 2 hours", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-22\",\"now\":\"23:15\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"kind\":\"deadline\""));
  CHECK(contains(out.data, "\"start_time\":\"23:15:00\""));
  CHECK(contains(out.data, "\"end\":\"2026-11-23\""));
  CHECK(contains(out.data, "\"end_time\":\"01:15:00\""));
  gs_buffer_dispose(&out);
  /* A time already past is tomorrow's. */
  CHECK_STATUS(gs_parse_time(&out, engine, "at 3am", GS_NUL_TERMINATED,
                             "{\"schema\":\"goalsmith.time_options/1\",\"today\":\"2026-11-22\",\"now\":\"04:30:00\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"start\":\"2026-11-23\""));
  gs_buffer_dispose(&out);
  /* null means not given. */
  CHECK_STATUS(gs_parse_time(&out, engine, "at 3am", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-22\",\"now\":null,\"week_start\":null}"),
               GS_OK);
  CHECK(contains(out.data, "\"start\":\"2026-11-22\""));
  gs_buffer_dispose(&out);
}

static void test_week_start_option(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  /* 2026-11-25 is a Wednesday. */
  CHECK_STATUS(gs_parse_time(&out, engine, "this week", GS_NUL_TERMINATED, "{\"today\":\"2026-11-25\"}"), GS_OK);
  CHECK(contains(out.data, "\"start\":\"2026-11-23\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_parse_time(&out, engine, "this week", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-25\",\"week_start\":\"sunday\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"start\":\"2026-11-22\""));
  CHECK(contains(out.data, "\"end\":\"2026-11-28\""));
  gs_buffer_dispose(&out);
  /* The SMART check takes it too (check_options). */
  CHECK_STATUS(gs_check_goal(&out, engine, "Rehearse 4 STAR stories by the end of the week", GS_NUL_TERMINATED,
                             "{\"today\":\"2026-11-25\",\"week_start\":\"sunday\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"deadline\":\"2026-11-28\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_options_validate(engine, "{\"week_start\":\"monday\"}"), GS_OK);
  CHECK_STATUS(gs_options_validate(engine, "{\"week_start\":7}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/week_start") == 0);
}

static void test_option_errors(const gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_parse_time(&out, engine, "at 3pm", GS_NUL_TERMINATED, "{\"now\":\"25:00\"}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/now") == 0);
  CHECK(contains(gs_last_error_message(), "HH:MM"));
  CHECK(out.data == NULL && out.size == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "at 3pm", GS_NUL_TERMINATED, "{\"now\":830}"), GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/now") == 0);
  CHECK_STATUS(gs_parse_time(&out, engine, "at 3pm", GS_NUL_TERMINATED, "{\"week_start\":\"friday\"}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/week_start") == 0);
  CHECK(contains(gs_last_error_message(), "\"monday\""));
  CHECK_STATUS(gs_parse_time(&out, engine, "at 3pm", GS_NUL_TERMINATED, "{\"schema\":\"goalsmith.time/1\"}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/schema") == 0);
  CHECK(out.data == NULL && out.size == 0);
}

int main(void) {
  gs_engine* engine = NULL;
  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  if (engine == NULL) return 1;
  test_times_of_day(engine);
  test_now_option(engine);
  test_week_start_option(engine);
  test_option_errors(engine);
  gs_engine_free(engine);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
