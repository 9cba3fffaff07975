/*
 * C ABI test of the SMART goals worksheet and of improve_goal, written in C99:
 * gs_worksheet_parse, gs_worksheet_markdown, gs_worksheet_blank, gs_worksheet_grade and
 * gs_improve_goal, with their error paths.
 *
 * Usage: test_capi_worksheet PATH/TO/tests/data/worksheets
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
    printf("%s:%d: FAILED: %s returned %d (%s), expected %d (%s); last error: %s\n", file, line,
           what, got, gs_status_name(got), expected, gs_status_name(expected),
           gs_last_error_message());
  }
}

static int contains(const char* haystack, const char* needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

/* The whole file `dir`/`name`, malloc'ed and NUL-terminated, or NULL. */
static char* read_file(const char* dir, const char* name) {
  char path[4096];
  FILE* f;
  long size;
  char* data;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  f = fopen(path, "rb");
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  data = (char*)malloc((size_t)size + 1);
  if (data != NULL && fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    data = NULL;
  }
  if (data != NULL) data[size] = '\0';
  fclose(f);
  return data;
}

/* The number after "\"score\":" at the top of a grade document (the first one). */
static double grade_score(const char* grade) {
  const char* p = grade ? strstr(grade, "\"score\":") : NULL;
  return p ? atof(p + strlen("\"score\":")) : -1.0;
}

static void test_parse(gs_engine* engine, const char* strong_md) {
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer again = GS_BUFFER_INIT;
  CHECK_STATUS(gs_worksheet_parse(&out, engine, strong_md, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.worksheet/1\""));
  CHECK(contains(out.data, "\"learner\":\"Ada Lovelace\""));
  CHECK(contains(out.data, "\"aspects\":[\"behavioral\",\"communication\"]"));
  /* The JSON it returns reads back to the same document. */
  CHECK_STATUS(gs_worksheet_parse(&again, engine, out.data, out.size), GS_OK);
  CHECK(again.data != NULL && strcmp(out.data, again.data) == 0);
  gs_buffer_dispose(&again);
  /* The Markdown form of it reads back too. */
  CHECK_STATUS(gs_worksheet_markdown(&again, engine, out.data, GS_NUL_TERMINATED), GS_OK);
  CHECK(contains(again.data, "## Goal 2"));
  CHECK(contains(again.data, "- R: The interviewer said"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_worksheet_parse(&out, engine, again.data, again.size), GS_OK);
  CHECK(contains(out.data, "\"learner\":\"Ada Lovelace\""));
  gs_buffer_dispose(&out);
  gs_buffer_dispose(&again);

  /* A malformed Markdown form names the line. */
  CHECK_STATUS(gs_worksheet_parse(&out, engine, "Date: 2026-11-22\n- S: too early\n", GS_NUL_TERMINATED),
               GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "line 2") == 0);
  CHECK(contains(gs_last_error_message(), "gs_worksheet_parse: "));
  CHECK(out.data == NULL && out.size == 0);
  /* Malformed JSON names the JSON path. */
  CHECK_STATUS(gs_worksheet_parse(&out, engine,
                                  "{\"schema\":\"goalsmith.worksheet/1\",\"goals\":[{\"statement\":\"\"}]}",
                                  GS_NUL_TERMINATED),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/goals/0/statement") == 0);
  CHECK_STATUS(gs_worksheet_parse(&out, engine, "{\"schema\":", GS_NUL_TERMINATED), GS_EJSON_SYNTAX);
  /* Invalid UTF-8: the byte offset. A length cuts the text. */
  CHECK_STATUS(gs_worksheet_parse(&out, engine, "## Goal 1\nGoal: a \xff\n", GS_NUL_TERMINATED), GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 18") == 0);
  CHECK_STATUS(gs_worksheet_parse(&out, engine, "## Goal 1\nGoal: a \xff\n", 17), GS_OK);
  CHECK(contains(out.data, "\"statement\":\"a\""));
  gs_buffer_dispose(&out);
  /* NULL arguments and a buffer in use. */
  CHECK_STATUS(gs_worksheet_parse(NULL, engine, strong_md, GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_parse(&out, NULL, strong_md, GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_parse(&out, engine, NULL, 0), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'text' is NULL"));
  CHECK_STATUS(gs_worksheet_markdown(&out, engine, NULL, 0), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_markdown(&out, NULL, strong_md, GS_NUL_TERMINATED), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_blank(&out, engine, 2), GS_OK);
  CHECK_STATUS(gs_worksheet_parse(&out, engine, strong_md, GS_NUL_TERMINATED), GS_EINVAL);
  gs_buffer_dispose(&out);
}

static void test_blank(gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_worksheet_blank(&out, engine, 3), GS_OK);
  CHECK(contains(out.data, "# SMART goals worksheet"));
  CHECK(contains(out.data, "## Goal 3"));
  CHECK(!contains(out.data, "## Goal 4"));
  CHECK(contains(out.data, "- T: <!--"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_worksheet_blank(&out, engine, 0), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_blank(&out, engine, 21), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_blank(NULL, engine, 1), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_blank(&out, NULL, 1), GS_EINVAL);
  CHECK(out.data == NULL);
}

static void test_grade(gs_engine* engine, const char* dir) {
  const char* names[] = {"strong.md", "missing_letters.md", "weak.md", "off_topic.json"};
  const char* rubric = "{\"min_goals\":2,\"required_areas\":[\"behavioral\",\"communication\"],"
                       "\"labels\":{\"A\":\"attainable\"}}";
  double scores[4];
  size_t i;
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer again = GS_BUFFER_INIT;
  for (i = 0; i < 4; ++i) {
    char* text = read_file(dir, names[i]);
    CHECK(text != NULL);
    if (text == NULL) return;
    CHECK_STATUS(gs_worksheet_grade(&out, engine, text, GS_NUL_TERMINATED, rubric), GS_OK);
    CHECK(contains(out.data, "\"schema\":\"goalsmith.worksheet_grade/1\""));
    CHECK(contains(out.data, "\"schema\":\"goalsmith.smart_report/1\""));
    CHECK(contains(out.data, "\"label\":\"Attainable\""));
    scores[i] = grade_score(out.data);
    /* Deterministic: the same submission gives the same bytes. */
    CHECK_STATUS(gs_worksheet_grade(&again, engine, text, GS_NUL_TERMINATED, rubric), GS_OK);
    CHECK(again.data != NULL && out.data != NULL && strcmp(out.data, again.data) == 0);
    gs_buffer_dispose(&out);
    gs_buffer_dispose(&again);
    free(text);
  }
  CHECK(scores[0] > scores[1]);
  CHECK(scores[1] > scores[2]);
  CHECK(scores[2] > scores[3]);
  CHECK(scores[3] >= 0.0);

  /* Default rubric with NULL or "". */
  {
    char* text = read_file(dir, "strong.md");
    CHECK_STATUS(gs_worksheet_grade(&out, engine, text, GS_NUL_TERMINATED, NULL), GS_OK);
    CHECK(contains(out.data, "\"band\":\"excellent\""));
    gs_buffer_dispose(&out);
    CHECK_STATUS(gs_worksheet_grade(&out, engine, text, GS_NUL_TERMINATED, ""), GS_OK);
    gs_buffer_dispose(&out);
    /* A bad rubric names its JSON path; an unknown area too. */
    CHECK_STATUS(gs_worksheet_grade(&out, engine, text, GS_NUL_TERMINATED, "{\"pass_mark\":3}"),
                 GS_EJSON_SCHEMA);
    CHECK(strcmp(gs_last_error_where(), "/pass_mark") == 0);
    CHECK_STATUS(gs_worksheet_grade(&out, engine, text, GS_NUL_TERMINATED, "{\"required_areas\":[\"juggling\"]}"),
                 GS_EINVAL);
    CHECK(strcmp(gs_last_error_where(), "/required_areas/0") == 0);
    CHECK_STATUS(gs_worksheet_grade(&out, engine, text, GS_NUL_TERMINATED, "{"), GS_EJSON_SYNTAX);
    CHECK(out.data == NULL);
    free(text);
  }
  /* A worksheet without a date cannot be graded deterministically. */
  CHECK_STATUS(gs_worksheet_grade(&out, engine, "## Goal 1\nGoal: Rehearse 4 STAR stories by Friday.\n",
                                  GS_NUL_TERMINATED, NULL),
               GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/date") == 0);
  CHECK_STATUS(gs_worksheet_grade(NULL, engine, "x", 1, NULL), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_grade(&out, NULL, "x", 1, NULL), GS_EINVAL);
  CHECK_STATUS(gs_worksheet_grade(&out, engine, NULL, 0, NULL), GS_EINVAL);
}

static void test_improve(gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  gs_buffer again = GS_BUFFER_INIT;
  const char* options = "{\"today\":\"2026-11-22\"}";
  CHECK_STATUS(gs_improve_goal(&out, engine, "Improve my communication skills soon.", GS_NUL_TERMINATED, options),
               GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.improved_goal/1\""));
  CHECK(contains(out.data, "\"text\":\"Practise my communication skills"));
  CHECK(contains(out.data, "\"all_met\":true"));
  CHECK(contains(out.data, "\"kind\":\"vague_time\""));
  CHECK_STATUS(gs_improve_goal(&again, engine, "Improve my communication skills soon.", GS_NUL_TERMINATED, options),
               GS_OK);
  CHECK(out.data != NULL && again.data != NULL && strcmp(out.data, again.data) == 0);
  gs_buffer_dispose(&out);
  gs_buffer_dispose(&again);
  /* Context: a deadline and a focus aspect. */
  CHECK_STATUS(gs_improve_goal(&out, engine, "Run a half marathon by June.", GS_NUL_TERMINATED,
                               "{\"today\":\"2026-11-22\",\"focus\":[\"behavioral\"],\"deadline\":\"2026-12-18\"}"),
               GS_OK);
  CHECK(contains(out.data, "STAR story"));
  CHECK(contains(out.data, "\"all_met\":true"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_improve_goal(&out, engine, "Do mock interviews.", GS_NUL_TERMINATED,
                               "{\"today\":\"2026-11-22\",\"deadline\":\"2026-12-18\"}"),
               GS_OK);
  CHECK(contains(out.data, "by 2026-12-18"));
  gs_buffer_dispose(&out);
  /* Defaults with NULL options. */
  CHECK_STATUS(gs_improve_goal(&out, engine, "Get better at interviews.", GS_NUL_TERMINATED, NULL), GS_OK);
  CHECK(contains(out.data, "\"all_met\":true"));
  gs_buffer_dispose(&out);
  /* Errors. */
  CHECK_STATUS(gs_improve_goal(&out, engine, "Do mock interviews.", GS_NUL_TERMINATED, "{\"window\":3}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/window") == 0);
  CHECK_STATUS(gs_improve_goal(&out, engine, "Do mock interviews.", GS_NUL_TERMINATED,
                               "{\"today\":\"2026-11-22\",\"deadline\":\"2026-01-01\"}"),
               GS_EINVAL);
  CHECK(strcmp(gs_last_error_where(), "/deadline") == 0);
  CHECK_STATUS(gs_improve_goal(&out, engine, "Do \xff", GS_NUL_TERMINATED, options), GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 3") == 0);
  CHECK_STATUS(gs_improve_goal(&out, engine, "  ", GS_NUL_TERMINATED, options), GS_EINVAL);
  CHECK_STATUS(gs_improve_goal(&out, engine, "x", 1, "{"), GS_EJSON_SYNTAX);
  CHECK_STATUS(gs_improve_goal(NULL, engine, "x", 1, NULL), GS_EINVAL);
  CHECK_STATUS(gs_improve_goal(&out, NULL, "x", 1, NULL), GS_EINVAL);
  CHECK_STATUS(gs_improve_goal(&out, engine, NULL, 0, NULL), GS_EINVAL);
  CHECK(out.data == NULL);
}

int main(int argc, char** argv) {
  gs_engine* engine = NULL;
  char* strong_md;
  if (argc != 2) {
    fprintf(stderr, "usage: %s PATH/TO/tests/data/worksheets\n", argv[0]);
    return 2;
  }
  strong_md = read_file(argv[1], "strong.md");
  if (strong_md == NULL) {
    fprintf(stderr, "cannot read %s/strong.md\n", argv[1]);
    return 2;
  }
  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  test_parse(engine, strong_md);
  test_blank(engine);
  test_grade(engine, argv[1]);
  test_improve(engine);
  gs_engine_free(engine);
  free(strong_md);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
