#include "ingest/zip_file.h"

#include "core/location.h"

namespace heard {

StatusOr<std::unique_ptr<ZipFile>> ZipFile::Open(const std::string& bytes,
                                                 const std::string& file,
                                                 const std::string& kind) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (archive == nullptr) {
    const std::string why = zip_error_strerror(&error);
    if (source) zip_source_free(source);
    zip_error_fini(&error);
    return Status::InputError(FormatError(Location{file}, "not " + kind + ": " + why));
  }
  zip_error_fini(&error);
  return std::unique_ptr<ZipFile>(new ZipFile(archive, file));
}

ZipFile::~ZipFile() { zip_discard(archive_); }

bool ZipFile::Has(const std::string& part) const {
  return zip_name_locate(archive_, part.c_str(), 0) >= 0;
}

StatusOr<std::string> ZipFile::Read(const std::string& part, uint64_t limit) const {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, part.c_str(), 0, &stat) != 0) {
    return Status::InputError(FormatError(Location{file_}, "part '" + part + "' is missing"));
  }
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit) {
    return Status::InputError(FormatError(
        Location{file_}, "part '" + part + "' unpacks to more than " +
                             std::to_string(limit >> 20) + " MiB; refusing to read it"));
  }
  zip_file_t* entry = zip_fopen(archive_, part.c_str(), 0);
  if (entry == nullptr) {
    return Status::InputError(FormatError(Location{file_}, "cannot open part '" + part + "': " +
                                                               zip_strerror(archive_)));
  }
  std::string out;
  char buffer[1 << 16];
  zip_int64_t n;
  while ((n = zip_fread(entry, buffer, sizeof buffer)) > 0 && out.size() <= limit) {
    out.append(buffer, static_cast<size_t>(n));
  }
  const bool failed = n < 0;
  const std::string why = failed ? zip_file_strerror(entry) : "";
  zip_fclose(entry);
  if (failed) {
    return Status::InputError(FormatError(Location{file_}, "part '" + part +
                                                               "' is damaged: " + why));
  }
  if (out.size() > limit) {
    return Status::InputError(FormatError(Location{file_}, "part '" + part +
                                                               "' unpacks to more than its limit"));
  }
  return out;
}

}  // namespace heard
