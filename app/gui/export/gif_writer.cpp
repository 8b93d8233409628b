#include "export/gif_writer.h"

#include <QCoreApplication>
#include <QFile>

#include <gif_lib.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rnnlab {

GifWriter::GifWriter(const QString &file, QSize size, double framesPerSecond)
    : m_file(file)
    , m_temporary(temporaryPathFor(file))
    , m_size(size)
    , m_delay(std::clamp(static_cast<int>(std::lround(100.0 / std::max(framesPerSecond, 0.01))), 2,
                         65535))
{
    int code = 0;
    // Opened here rather than by EGifOpenFileName, which creates files readable by their owner
    // only: 0666 less the umask, like every other file the app writes.
    const int fd = ::open(QFile::encodeName(m_temporary).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        fail(QCoreApplication::translate("rnnlab::GifWriter", "cannot create the file"),
             E_GIF_ERR_OPEN_FAILED);
        return;
    }
    m_gif = EGifOpenFileHandle(fd, &code); // EGifCloseFile closes fd
    if (!m_gif) {
        ::close(fd);
        fail(QCoreApplication::translate("rnnlab::GifWriter", "cannot create the file"), code);
        return;
    }
    EGifSetGifVersion(m_gif, true); // GIF89a: frame delays and looping
    if (EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR) {
        fail(QCoreApplication::translate("rnnlab::GifWriter", "cannot write the header"),
             m_gif->Error);
        return;
    }
    // Loop forever: the application extension NETSCAPE2.0 with a loop count of 0.
    const GifByteType loop[] = { 1, 0, 0 };
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 11, "NETSCAPE2.0") == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR
        || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        fail(QCoreApplication::translate("rnnlab::GifWriter", "cannot write the header"),
             m_gif->Error);
}

GifWriter::~GifWriter()
{
    if (m_gif) {
        int code = 0;
        EGifCloseFile(m_gif, &code);
        m_gif = nullptr;
        QFile::remove(m_temporary); // not finished: the target stays as it was
    }
}

bool GifWriter::fail(const QString &what, int code)
{
    const char *reason = GifErrorString(code);
    m_error = QCoreApplication::translate("rnnlab::GifWriter", "%1: %2 (%3).")
                  .arg(m_file, what, QString::fromUtf8(reason ? reason : "unknown error"));
    if (m_gif) {
        int ignored = 0;
        EGifCloseFile(m_gif, &ignored);
        m_gif = nullptr;
    }
    QFile::remove(m_temporary);
    return false;
}

bool GifWriter::addFrame(const QImage &frame)
{
    if (!m_gif)
        return false;
    const QImage rgb = (frame.size() == m_size
                            ? frame
                            : frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                           .convertToFormat(QImage::Format_RGB888);
    const int w = m_size.width();
    const int h = m_size.height();
    const auto n = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    std::vector<GifByteType> red(n), green(n), blue(n), indices(n);
    for (int y = 0; y < h; ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * static_cast<std::size_t>(w)
                + static_cast<std::size_t>(x);
            red[i] = line[3 * x];
            green[i] = line[3 * x + 1];
            blue[i] = line[3 * x + 2];
        }
    }
    int colours = 256;
    std::vector<GifColorType> palette(256);
    if (GifQuantizeBuffer(static_cast<unsigned>(w), static_cast<unsigned>(h), &colours, red.data(),
                          green.data(), blue.data(), indices.data(), palette.data())
        == GIF_ERROR)
        return fail(QCoreApplication::translate("rnnlab::GifWriter", "cannot reduce the colours"),
                    E_GIF_ERR_NOT_ENOUGH_MEM);
    ColorMapObject *map = GifMakeMapObject(256, palette.data());
    GraphicsControlBlock control {};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = m_delay;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&control, extension);
    bool ok = EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension)
            != GIF_ERROR
        && EGifPutImageDesc(m_gif, 0, 0, w, h, false, map) != GIF_ERROR;
    for (int y = 0; ok && y < h; ++y)
        ok = EGifPutLine(m_gif,
                         indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w),
                         w)
            != GIF_ERROR;
    GifFreeMapObject(map);
    if (!ok)
        return fail(QCoreApplication::translate("rnnlab::GifWriter", "cannot write frame %1")
                        .arg(m_frames + 1),
                    m_gif->Error);
    ++m_frames;
    return true;
}

bool GifWriter::finish()
{
    if (!m_gif)
        return false;
    int code = 0;
    const int closed = EGifCloseFile(m_gif, &code);
    m_gif = nullptr;
    if (closed == GIF_ERROR) {
        QFile::remove(m_temporary);
        m_error
            = QCoreApplication::translate("rnnlab::GifWriter", "%1: cannot finish the file (%2).")
                  .arg(m_file, QString::fromUtf8(GifErrorString(code)));
        return false;
    }
    return replaceFile(m_temporary, m_file, &m_error);
}

} // namespace rnnlab
