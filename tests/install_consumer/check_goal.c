/* Checks one goal through an installed goalsmith, compiled with
 * `cc $(pkg-config --cflags goalsmith) check_goal.c $(pkg-config --libs goalsmith)` by run.sh.
 * Exits non-zero if anything is off. */
#include <goalsmith.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  static const char goal[] = "Rehearse 4 STAR stories by Friday";
  gs_engine* engine = NULL;
  gs_buffer report = GS_BUFFER_INIT;
  int status;

  if (gs_version_number() != GS_VERSION_NUMBER) {
    fprintf(stderr, "header %d but library %d\n", GS_VERSION_NUMBER, gs_version_number());
    return 1;
  }
  status = gs_engine_new(&engine, "en");
  if (status != GS_OK) {
    fprintf(stderr, "gs_engine_new: %s\n", gs_last_error_message());
    return 1;
  }
  status = gs_check_goal(&report, engine, goal, strlen(goal), "{\"today\":\"2026-11-22\"}");
  if (status != GS_OK) {
    fprintf(stderr, "gs_check_goal: %s\n", gs_last_error_message());
    gs_engine_free(engine);
    return 1;
  }
  printf("%.120s...\n", report.data);
  status = strstr(report.data, "\"goalsmith.smart_report/1\"") != NULL ? 0 : 1;
  gs_buffer_dispose(&report);
  gs_engine_free(engine);
  return status;
}
