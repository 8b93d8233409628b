// Shared by the tests of core/data's readers (CSV, tables, texts): the check that a bad input
// gets a DataError that names its file, line and column and says what is wrong. Not a test.
#pragma once

#include "data/data_error.h"

#include <QtTest>

#include <string>

namespace rnn::test {

// Calls read(), which must throw a DataError for `file` at `line` and `column` whose message has
// the "FILE, line L, column C" prefix and `phrase`. Like every QtTest check it returns on the
// first failure; callers continue only if !QTest::currentTestFailed().
template<typename Read>
void verifyDataError(Read read, const std::string &file, long line, long column,
                     const QString &phrase)
{
    try {
        read();
        QFAIL("no error was reported");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), file);
        QCOMPARE(error.line(), line);
        QCOMPARE(error.column(), column);
        const QString what = QString::fromStdString(error.what());
        QVERIFY2(what.contains(QString::fromStdString(file)), error.what());
        QVERIFY2(what.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
                 error.what());
        QVERIFY2(what.contains(phrase), error.what());
    }
}

} // namespace rnn::test
