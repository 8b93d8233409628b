// Entry point of the RNN Lab desktop application.
#include "main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QApplication::setOrganizationName(QStringLiteral("RNN Lab"));
    rnnlab::MainWindow window;
    window.show();
    return QApplication::exec();
}
