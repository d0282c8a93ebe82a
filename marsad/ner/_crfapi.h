/* The compiled CRF's entry points for the compiled features (round 34).
 *
 * ``marsad/ner/_fastcrf.c`` puts a ``CrfApi`` in the capsule ``marsad.ner._fastcrf._api``;
 * ``marsad/ner/_fastfeat.c`` (``spans``) imports it the first time it tags, so a sentence goes
 * from its words to its name spans in one compiled call: the packed records, the bigram and
 * gazetteer attributes and the label ids are handed over as C arrays, never as the lists and
 * tuples ``tag_packed`` reads from Python. Both files include this header; ``size`` guards
 * against an extension built from another version of it.
 */
#ifndef MARSAD_NER_CRFAPI_H
#define MARSAD_NER_CRFAPI_H

#include <Python.h>

#define CRF_API_CAPSULE "marsad.ner._fastcrf._api"

typedef struct CrfModel CrfModel;

typedef struct {
    size_t size;  /* sizeof(CrfApi) where it was built */
    /* ``tables`` is ``CompiledCRF.span_tables``: ``tag_packed``'s model arguments (index,
     * labels, weights, trans, exp_trans, n_labels, other, dense), then per label whether it
     * opens a name (``B-``) and its type; a model to pass to ``spans`` (``close`` it), or
     * NULL with an error set */
    CrfModel *(*open)(PyObject *tables);
    void (*close)(CrfModel *model);
    /* The name spans of one sentence of ``T`` tokens, as ``marsad.ner.tagger.tag_spans``
     * gives them (a new list of ``(first, stop, type, confidence)``), or NULL with an error
     * set: ``packs`` holds the ``T + 4`` packed records of ``<s> <s> words </s> </s>`` and
     * token ``t``'s other attributes (bytes, in order) are ``attrs[ends[t - 1]:ends[t]]``
     * (from 0 for the first), as ``tag_packed`` reads ``packs`` and ``extras``. */
    PyObject *(*spans)(const CrfModel *model, PyObject *const *packs, PyObject *const *attrs,
                       const Py_ssize_t *ends, Py_ssize_t T);
    /* (round 35) A word's packed record with its own part's scores kept after it: the
     * record's bytes, zero bytes up to a multiple of 8, then the ``n_labels`` sums of part 0's
     * weights, each label's added from 0.0 in the record's order, as ``spans`` adds them to
     * a token's row (a new reference, or NULL with an error set). ``spans`` copies those sums
     * into the row of a token whose own record carries them instead of adding part 0's
     * weights again: the same bits, read from one place, for every word met before. A record
     * already longer than its int32s is given back as it is. */
    PyObject *(*with_own)(const CrfModel *model, PyObject *pack);
} CrfApi;

#endif
