# ctest: the shared-mime-info XML of session files is valid and maps *.rnnlab to
# application/x-rnnlab-session with RNN Lab's icon: update-mime-database builds a database from
# it alone (in the build folder), and its globs2 and icons files must say so.
#   cmake -DMIME_XML=<file> -DWORK_DIR=<dir> -DUPDATE_MIME_DATABASE=<program> -P check_mime.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/packages)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} ${WORK_DIR} RESULT_VARIABLE status
    ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR errors MATCHES "rror")
    message(FATAL_ERROR "update-mime-database failed (${status}): ${errors}")
endif()
file(READ ${WORK_DIR}/globs2 globs)
if(NOT globs MATCHES "application/x-rnnlab-session:\\*\\.rnnlab")
    message(FATAL_ERROR "*.rnnlab is not application/x-rnnlab-session in globs2:\n${globs}")
endif()
file(READ ${WORK_DIR}/icons icons)
if(NOT icons MATCHES "application/x-rnnlab-session:io\\.github\\.rnnlab\\.RnnLab")
    message(FATAL_ERROR "application/x-rnnlab-session has not RNN Lab's icon:\n${icons}")
endif()
