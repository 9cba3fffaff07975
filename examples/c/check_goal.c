/*
 * check_goal.c - check one goal against the SMART rubric with goalsmith's C API.
 *
 *   check_goal "Rehearse 4 STAR stories about teamwork by Friday" [YYYY-MM-DD]
 *
 * Prints the report JSON (schema goalsmith.smart_report/1). Without arguments it checks a
 * sample goal. Build: cc -std=c99 check_goal.c $(pkg-config --cflags --libs goalsmith)
 */
#include <stdio.h>

#include "goalsmith.h"

int main(int argc, char** argv) {
  const char* goal = argc > 1 ? argv[1] : "Rehearse 4 STAR stories about teamwork by Friday";
  char options[64] = ""; /* "" means the defaults: today is the local date */
  gs_engine* engine = NULL;
  gs_buffer report = GS_BUFFER_INIT; /* the library owns report.data */
  int status;

  if (argc > 2) snprintf(options, sizeof options, "{\"today\":\"%.10s\"}", argv[2]);

  /* Headers and library must agree on the major version. */
  if (gs_version_number() / 10000 != GS_VERSION_MAJOR) {
    fprintf(stderr, "goalsmith %s does not match the headers (%s)\n", gs_version_string(),
            GS_VERSION_STRING);
    return 1;
  }

  status = gs_engine_new(&engine, "en");
  if (status == GS_OK) {
    status = gs_check_goal(&report, engine, goal, GS_NUL_TERMINATED, options);
  }
  if (status != GS_OK) {
    /* The message is thread-local and valid until the next gs_ call on this thread. */
    fprintf(stderr, "goalsmith: %s (%s)\n", gs_last_error_message(), gs_status_name(status));
  } else {
    printf("%s\n", report.data);
  }

  gs_buffer_dispose(&report); /* both are safe on empty values */
  gs_engine_free(engine);
  return status == GS_OK ? 0 : 1;
}
