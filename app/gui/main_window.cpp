#include "main_window.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace rnnlab {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("RNN Lab"));
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    menuBar()->addMenu(tr("&Lessons"));
    menuBar()->addMenu(tr("&Help"));
    auto *welcome = new QLabel(tr("RNN Lab: recurrent neural networks, step by step."), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

} // namespace rnnlab
