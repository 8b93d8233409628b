#include "export/frame_writer.h"

#include "export/gif_writer.h"
#include "export/video_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rnnlab {

const char *animationFormatName(AnimationFormat format)
{
    for (const auto &[value, name] : animationFormatNames)
        if (value == format)
            return name;
    return "";
}

bool animationFormatOf(const QString &file, AnimationFormat *format)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    for (const auto &[value, name] : animationFormatNames) {
        if (suffix == QLatin1String(name)) {
            *format = value;
            return true;
        }
    }
    return false;
}

QString temporaryPathFor(const QString &file)
{
    const QFileInfo info(file);
    // Keeps the extension last: libavformat and viewers look at it.
    return info.dir().filePath(
        QStringLiteral(".%1.part.%2").arg(info.completeBaseName(), info.suffix()));
}

bool replaceFile(const QString &temporary, const QString &file, QString *error)
{
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(file).constData())
        == 0)
        return true;
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(temporary);
    *error = QCoreApplication::translate("rnnlab::FrameWriter", "%1: cannot write the file (%2).")
                 .arg(file, reason);
    return false;
}

std::unique_ptr<FrameWriter> FrameWriter::open(const QString &file, QSize size,
                                               double framesPerSecond, QString *error)
{
    AnimationFormat format = AnimationFormat::Gif;
    if (!animationFormatOf(file, &format)) {
        *error = QCoreApplication::translate("rnnlab::FrameWriter",
                                             "%1: an animation is a .gif, .mp4 or .webm file.")
                     .arg(file);
        return nullptr;
    }
    if (size.width() < 16 || size.height() < 16 || size.width() > 7680 || size.height() > 4320) {
        *error = QCoreApplication::translate(
                     "rnnlab::FrameWriter",
                     "%1: the size %2 x %3 is outside 16 x 16 .. 7680 x 4320 pixels.")
                     .arg(file)
                     .arg(size.width())
                     .arg(size.height());
        return nullptr;
    }
    if (!(framesPerSecond >= 0.5 && framesPerSecond <= 60)) {
        *error = QCoreApplication::translate("rnnlab::FrameWriter",
                                             "%1: the frame rate %2 is outside 0.5 .. 60 per "
                                             "second.")
                     .arg(file)
                     .arg(framesPerSecond);
        return nullptr;
    }
    if (format == AnimationFormat::Gif) {
        auto gif = std::make_unique<GifWriter>(file, size, framesPerSecond);
        if (!gif->isOpen()) {
            *error = gif->error();
            return nullptr;
        }
        return gif;
    }
    if (size.width() % 2 != 0 || size.height() % 2 != 0) {
        *error = QCoreApplication::translate("rnnlab::FrameWriter",
                                             "%1: a video's width and height must be even "
                                             "(%2 x %3).")
                     .arg(file)
                     .arg(size.width())
                     .arg(size.height());
        return nullptr;
    }
    auto video = std::make_unique<VideoWriter>(file, format, size, framesPerSecond);
    if (!video->isOpen()) {
        *error = video->error();
        return nullptr;
    }
    return video;
}

} // namespace rnnlab
