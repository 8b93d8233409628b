// The main window of RNN Lab: menus, docks, the central views and the status bar.
// It owns the views and the training controller; it never trains on its own thread.
#pragma once

#include <QMainWindow>

namespace rnnlab {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace rnnlab
