/*
 * Test of the growth-mindset C ABI, written in C99: gs_check_mindset and gs_feedback_guidance,
 * their error paths and ownership rules, and concurrent calls on one engine.
 * Prints one line per failed check and finally "N passed, M failed"; exits non-zero on failure.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
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

static const char* const kOptions = "{\"today\":\"2026-11-22\"}";

static void test_check_mindset(gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  const char* text = "The call went fine. I'm not good at salary talks. They must think I'm incompetent.";
  CHECK_STATUS(gs_check_mindset(&out, engine, text, GS_NUL_TERMINATED, kOptions), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.mindset_report/1\""));
  CHECK(contains(out.data, "\"category\":\"fixed_ability\""));
  CHECK(contains(out.data, "\"category\":\"mind_reading\""));
  CHECK(contains(out.data, "\"rewrite\":\"I'm not good at salary talks yet.\""));
  CHECK(contains(out.data, "\"aspect\":\"negotiation\""));
  CHECK(contains(out.data, "\"sentences\":3"));
  CHECK(out.size == strlen(out.data));
  gs_buffer_dispose(&out);
  CHECK(out.data == NULL && out.size == 0);

  /* len bounds the text: only the first sentence is read. */
  CHECK_STATUS(gs_check_mindset(&out, engine, text, 19, kOptions), GS_OK);
  CHECK(contains(out.data, "\"findings\":[]"));
  CHECK(contains(out.data, "\"sentences\":1"));
  gs_buffer_dispose(&out);

  /* Options: fewer prompts, no goal drafts. */
  CHECK_STATUS(gs_check_mindset(&out, engine, "I always ramble in interviews.", GS_NUL_TERMINATED,
                                "{\"max_prompts\":1,\"goal_drafts\":false,\"today\":\"2026-11-22\"}"),
               GS_OK);
  CHECK(contains(out.data, "\"goal_draft\":null"));
  CHECK(contains(out.data, "\"technique\":\"be_specific\""));
  CHECK(!contains(out.data, "\"technique\":\"evidence\""));
  gs_buffer_dispose(&out);

  /* NULL and "" options mean the defaults. */
  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, NULL), GS_OK);
  CHECK(contains(out.data, "\"category\":\"labeling\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, ""), GS_OK);
  gs_buffer_dispose(&out);
}

static void test_errors(gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_check_mindset(NULL, engine, "I'm hopeless.", GS_NUL_TERMINATED, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "gs_check_mindset: argument 'out' is NULL"));
  CHECK_STATUS(gs_check_mindset(&out, NULL, "I'm hopeless.", GS_NUL_TERMINATED, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'engine' is NULL"));
  CHECK_STATUS(gs_check_mindset(&out, engine, NULL, 0, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'text' is NULL"));
  CHECK(out.data == NULL);

  CHECK_STATUS(gs_check_mindset(&out, engine, "", GS_NUL_TERMINATED, NULL), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "reflection text is empty"));
  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm \xC3\x28 hopeless", GS_NUL_TERMINATED, NULL), GS_EUTF8);
  CHECK(strcmp(gs_last_error_where(), "byte 4") == 0);
  CHECK(out.data == NULL && out.size == 0);

  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, "{\"max_prompts\":9}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/max_prompts") == 0);
  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, "{\"max_prompts\":"),
               GS_EJSON_SYNTAX);
  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, "{\"colour\":1}"),
               GS_EJSON_SCHEMA);
  CHECK(strcmp(gs_last_error_where(), "/colour") == 0);

  {
    /* A text over 1 MiB is refused, not truncated. */
    const size_t n = 1024 * 1024 + 10;
    char* huge = malloc(n + 1);
    CHECK(huge != NULL);
    if (huge != NULL) {
      memset(huge, 'a', n);
      huge[n] = '\0';
      CHECK_STATUS(gs_check_mindset(&out, engine, huge, n, NULL), GS_EINVAL);
      CHECK(strcmp(gs_last_error_where(), "byte 1048576") == 0);
      free(huge);
    }
  }

  /* A non-empty buffer is rejected, not leaked or overwritten. */
  CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, NULL), GS_OK);
  {
    char* kept = out.data;
    CHECK_STATUS(gs_check_mindset(&out, engine, "I'm hopeless.", GS_NUL_TERMINATED, NULL), GS_EINVAL);
    CHECK(out.data == kept);
  }
  gs_buffer_dispose(&out);

  CHECK_STATUS(gs_feedback_guidance(NULL, engine, NULL), GS_EINVAL);
  CHECK_STATUS(gs_feedback_guidance(&out, NULL, NULL), GS_EINVAL);
  CHECK_STATUS(gs_feedback_guidance(&out, engine, "during"), GS_EINVAL);
  CHECK(contains(gs_last_error_message(), "'moment'"));
  CHECK(out.data == NULL);
}

static void test_guidance(gs_engine* engine) {
  gs_buffer out = GS_BUFFER_INIT;
  CHECK_STATUS(gs_feedback_guidance(&out, engine, NULL), GS_OK);
  CHECK(contains(out.data, "\"schema\":\"goalsmith.feedback_guidance/1\""));
  CHECK(contains(out.data, "\"id\":\"listen\""));
  CHECK(contains(out.data, "\"id\":\"thank\""));
  CHECK(contains(out.data, "\"id\":\"one_goal\""));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_feedback_guidance(&out, engine, "before"), GS_OK);
  CHECK(contains(out.data, "\"id\":\"ask_examples\""));
  CHECK(contains(out.data, "\"after\":[]"));
  gs_buffer_dispose(&out);
  CHECK_STATUS(gs_feedback_guidance(&out, engine, "after"), GS_OK);
  CHECK(contains(out.data, "\"before\":[]"));
  CHECK(!contains(out.data, "\"id\":\"listen\""));
  gs_buffer_dispose(&out);
}

struct worker_args {
  gs_engine* engine;
  int ok;
};

static void* worker(void* p) {
  struct worker_args* args = (struct worker_args*)p;
  int i;
  args->ok = 1;
  for (i = 0; i < 50; ++i) {
    gs_buffer out = GS_BUFFER_INIT;
    if (gs_check_mindset(&out, args->engine, "I always ramble. I'll never pass an onsite.", GS_NUL_TERMINATED,
                         kOptions) != GS_OK ||
        !contains(out.data, "\"category\":\"fortune_telling\""))
      args->ok = 0;
    gs_buffer_dispose(&out);
  }
  return NULL;
}

static void test_threads(gs_engine* engine) {
  pthread_t threads[4];
  struct worker_args args[4];
  int i;
  for (i = 0; i < 4; ++i) {
    args[i].engine = engine;
    args[i].ok = 0;
    pthread_create(&threads[i], NULL, worker, &args[i]);
  }
  for (i = 0; i < 4; ++i) {
    pthread_join(threads[i], NULL);
    CHECK(args[i].ok);
  }
}

int main(void) {
  gs_engine* engine = NULL;
  CHECK_STATUS(gs_engine_new(&engine, "en"), GS_OK);
  if (engine == NULL) return 1;
  test_check_mindset(engine);
  test_errors(engine);
  test_guidance(engine);
  test_threads(engine);
  gs_engine_free(engine);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
