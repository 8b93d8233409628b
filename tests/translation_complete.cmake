# The Brazilian Portuguese translation is complete: lupdate, run over the app's sources into a
# copy of resources/translations/rnnlab_pt_BR.ts, leaves no message unfinished. A string added
# with tr() and not translated fails this test and is listed. (The real .ts is not touched;
# `cmake --build build/dev --target update_translations` refreshes it.)
# Arguments: -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=...
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/rnnlab_pt_BR.ts)
file(COPY_FILE ${SOURCE_DIR}/resources/translations/rnnlab_pt_BR.ts ${ts})
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h
            ${SOURCE_DIR}/app/gui ${SOURCE_DIR}/app/engine -ts ${ts}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ ${ts} text)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" unfinished "${text}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX REPLACE "[ \n]*<translation type=\"unfinished\"" "" listed "${unfinished}")
    string(REPLACE ";" "\n  " listed "${listed}")
    message(FATAL_ERROR "${count} string(s) without a Brazilian Portuguese translation "
        "(run the update_translations target and translate them):\n  ${listed}")
endif()
string(REGEX MATCHALL "<message" messages "${text}")
list(LENGTH messages total)
message(STATUS "all ${total} strings of the app are translated into Brazilian Portuguese")
