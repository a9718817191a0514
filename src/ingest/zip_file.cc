#include "ingest/zip_file.h"

#include "core/location.h"

namespace heard {

StatusOr<std::unique_ptr<ZipFile>> ZipFile::Open(const std::string& bytes,
                                                 const std::string& file,
                                                 const std::string& kind,
                                                 const Limits& limits) {
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
  return std::unique_ptr<ZipFile>(new ZipFile(archive, file, limits));
}

ZipFile::~ZipFile() { zip_discard(archive_); }

bool ZipFile::Has(const std::string& part) const {
  return zip_name_locate(archive_, part.c_str(), 0) >= 0;
}

// Parts under 1 MiB are not held to the ratio: tiny parts (an empty
// sheet's XML) can pack oddly well, and cost nothing whatever they do.
constexpr uint64_t kRatioFloor = uint64_t{1} << 20;

Status ZipFile::CheckSize(const std::string& part, uint64_t unpacked, uint64_t packed) const {
  const uint64_t most = static_cast<uint64_t>(limits_.max_zip_entry_bytes);
  if (unpacked > most) {
    return Status::InputError(FormatError(
        Location{file_}, "part '" + part + "' unpacks to more than " +
                             SizeText(limits_.max_zip_entry_bytes) +
                             " (max_zip_entry_bytes); refusing to read it"));
  }
  const double ratio = static_cast<double>(unpacked) / static_cast<double>(packed ? packed : 1);
  if (unpacked > kRatioFloor && ratio > limits_.max_zip_ratio) {
    return Status::InputError(FormatError(
        Location{file_}, "part '" + part + "' unpacks to over " +
                             std::to_string(static_cast<int64_t>(limits_.max_zip_ratio)) +
                             " times its packed size (max_zip_ratio), as a zip bomb does; "
                             "refusing to read it"));
  }
  return Status::Ok();
}

StatusOr<std::string> ZipFile::Read(const std::string& part) const {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, part.c_str(), 0, &stat) != 0) {
    return Status::InputError(FormatError(Location{file_}, "part '" + part + "' is missing"));
  }
  const uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  if (stat.valid & ZIP_STAT_SIZE) {
    Status declared = CheckSize(part, stat.size, packed);
    if (!declared.ok()) return declared;
  }
  zip_file_t* entry = zip_fopen(archive_, part.c_str(), 0);
  if (entry == nullptr) {
    return Status::InputError(FormatError(Location{file_}, "cannot open part '" + part + "': " +
                                                               zip_strerror(archive_)));
  }
  // The declared size may lie; the bytes that come out are checked as they
  // come, so no more than one buffer past the cap is ever held.
  std::string out;
  Status status;
  char buffer[1 << 16];
  zip_int64_t n;
  while ((n = zip_fread(entry, buffer, sizeof buffer)) > 0) {
    out.append(buffer, static_cast<size_t>(n));
    status = CheckSize(part, out.size(), packed);
    if (!status.ok()) break;
  }
  if (n < 0) {
    status = Status::InputError(FormatError(
        Location{file_}, "part '" + part + "' is damaged: " + zip_file_strerror(entry)));
  }
  zip_fclose(entry);
  if (!status.ok()) return status;
  return out;
}

}  // namespace heard
