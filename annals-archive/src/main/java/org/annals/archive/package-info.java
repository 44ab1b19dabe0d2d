/** The archive: documents, time expressions and timeline entries in an embedded Lucene index. */
package org.annals.archive;
