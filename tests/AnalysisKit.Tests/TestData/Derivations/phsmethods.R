# Expected values for AgeBandSet.Create / GroupOf from phsmethods' own create_age_groups (github.com/Public-Health-Scotland/phsmethods,
# R/create_age_groups.R at 1.1.0.9000, commit given in README.md). It needs only base R (seq, cut, utils::head/tail), so this
# script sources the package's file and calls it.
#
# Usage: Rscript phsmethods.R <phsmethods source folder> <output folder>
args <- commandArgs(trailingOnly = TRUE)
source(file.path(args[1], "R", "create_age_groups.R"))
ages <- c(0, 1, 4, 4.5, 4.999, 5, 9, 10, 17, 33, 54, 64.5, 65, 79, 80, 84, 89, 89.999, 90, 94, 101, 120, NA)
settings <- list(c(0, 90, 5), c(0, 80, 10), c(0, 65, 10), c(4, 84, 3), c(5, 90, 5), c(15, 75, 20), c(0, 0, 5), c(18, 64, 1))
rows <- list()
for (s in settings) {
  groups <- create_age_groups(ages, from = s[1], to = s[2], by = s[3])
  levels <- levels(create_age_groups(ages, from = s[1], to = s[2], by = s[3], as_factor = TRUE))
  rows[[length(rows) + 1]] <- data.frame(from = s[1], to = s[2], by = s[3], age = ifelse(is.na(ages), "NA", format(ages, digits = 15, trim = TRUE)),
                                         group = ifelse(is.na(groups), "NA", groups),
                                         levels = paste(levels, collapse = "|"))
}
write.csv(do.call(rbind, rows), file.path(args[2], "phsmethods_create_age_groups.csv"), row.names = FALSE, quote = TRUE)
