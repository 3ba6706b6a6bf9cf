/** Tests of import-dbt and validate-migration, on the jaffle-shop-shaped dbt fixture and hand-written inputs. */
@NullMarked
package dev.rocky.app.dbt;

import org.jspecify.annotations.NullMarked;
