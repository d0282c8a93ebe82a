/* The NER tagger's features, the two loops that cost most, compiled.
 *
 * ``parts(word, facts, tables)`` gives what ``marsad.ner.attributes.KnownAttributes.parts``
 * gives, the same attributes (the very bytes objects of the tables) in the same order:
 * ``facts`` is ``(stem, prefix, suffix, trigger, shape)``; ``tables`` holds the seven
 * own-only families' dicts (``p2=`` ``p3=`` ``x1=`` ``x3=`` ``len=`` ``pre=`` ``suf=``:
 * value -> attribute bytes), the five merged dicts (``w=`` and ``t=``: value -> 5-tuple of
 * attribute or ``None`` at own, -2, -1, +1, +2; ``sh=``, ``x2=``, ``s=``: value -> 3-tuple at
 * own, -1, +1) and the tuple of the length values ``"0"`` … ``"8"``. The slices of the stem
 * are those Python takes (``stem[:2]``, ``stem[-2:]`` …, by code points). It returns
 * ``(own, as -2, as -1, as +1, as +2)``, each a tuple of bytes with the absent ones left out.
 *
 * ``packed(word, facts, refs)`` gives what ``marsad.ner.crf.CompiledCRF.pack`` makes of
 * those parts (the packed record the compiled tagger reads: int32s, the end of each part,
 * then the place of each attribute the tagger knows), without making them: ``refs`` are the
 * tables with each attribute replaced by its place (``None`` where the tagger lacks it).
 *
 * ``sentence(words, packed, missing, pairs, marks)`` gives what
 * ``marsad.ner.features.Features.packed_parts`` gives before the gazetteer tags are added:
 * the packed record of each of ``<s> <s> words </s> </s>`` (``packed.get(w) or
 * missing(w)``, in that order) and, per word, its bigram attributes: pair ``k`` is word
 * ``k-1`` and word ``k`` over ``<s> words </s>``, and ``pairs[word k-1][word k]``, where
 * both lookups hit, holds its ``(left, right)`` attributes (UTF-8 bytes or ``None``): the
 * left one goes to token ``k``, the right one to token ``k-1``, so a token's tuple holds its
 * left pair's, then its right pair's, as the Python loop appends them. ``marks`` is
 * ``(<s>, </s>)``.
 *
 * ``gazetteer(words, openers, opening_keys, types, prefixes, max_words)`` gives what
 * ``marsad.ner.gazetteer.sentence_gazetteer`` gives once its tables are read: each word's
 * opening keys (``openers.get(word)``, else ``opening_keys(word, types, prefixes)``), then
 * from the left, at each word with keys that no tagged name covers, the longest KB name
 * (``types``: key -> type; a key grows by ``" " + next word`` while it is in ``prefixes``,
 * up to ``max_words`` words; a later key wins only when it reaches further): ``"B-" +
 * type`` on its first word, ``"I-" + type`` on the others, ``""`` elsewhere.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

enum { P2, P3, X1, X3, LEN, PRE, SUF, W, T, SH, X2, S, LENGTHS, N_TABLES };

static PyObject *none5, *none3; /* (None,) * 5 and * 3: a value no table holds */
static PyObject *space, *empty_text, *begin_tag, *inside_tag; /* " " "" "B-" "I-" */

/* dict.get(key, fallback) (borrowed; NULL with an error set on failure) */
static PyObject *
get(PyObject *dict, PyObject *key, PyObject *fallback)
{
    PyObject *found = PyDict_GetItemWithError(dict, key);
    if (found == NULL && !PyErr_Occurred())
        return fallback;
    return found;
}

/* dict.get(text[start:end]) (borrowed, or Py_None; NULL on failure) */
static PyObject *
get_slice(PyObject *dict, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *key = PyUnicode_Substring(text, start, end);
    if (key == NULL)
        return NULL;
    PyObject *found = get(dict, key, Py_None);
    Py_DECREF(key);
    return found;
}

/* A merged table's entry: a tuple of ``size`` items (borrowed), or NULL with an error. */
static PyObject *
entry(PyObject *dict, PyObject *key, PyObject *none_tuple, Py_ssize_t size)
{
    PyObject *found = get(dict, key, none_tuple);
    if (found == NULL)
        return NULL;
    if (!PyTuple_Check(found) || PyTuple_GET_SIZE(found) != size) {
        PyErr_SetString(PyExc_ValueError, "a merged table's entry has the wrong size");
        return NULL;
    }
    return found;
}

/* a new tuple of k borrowed items */
static PyObject *
tuple_of(PyObject *const *items, int k)
{
    PyObject *out = PyTuple_New(k);
    if (out == NULL)
        return NULL;
    for (int i = 0; i < k; i++) {
        Py_INCREF(items[i]);
        PyTuple_SET_ITEM(out, i, items[i]);
    }
    return out;
}

/* tuple(filter(None, items)) of n borrowed items */
static PyObject *
present(PyObject *const *items, int n)
{
    PyObject *kept[16];
    int k = 0;
    for (int i = 0; i < n; i++) {
        int truth = PyObject_IsTrue(items[i]);
        if (truth < 0)
            return NULL;
        if (truth)
            kept[k++] = items[i];
    }
    return tuple_of(kept, k);
}

/* (word, trigger) less the ``None``s */
static PyObject *
pair(PyObject *word, PyObject *trigger)
{
    PyObject *items[2];
    int k = 0;
    if (word != Py_None)
        items[k++] = word;
    if (trigger != Py_None)
        items[k++] = trigger;
    return tuple_of(items, k);
}

/* A word's known attributes, by part (borrowed references into the tables, ``Py_None``
 * where a table lacks the value): what ``parts`` and ``packed`` both read. */
typedef struct {
    PyObject *own[12], *far_left[2], *left[5], *right[5], *far_right[2];
} Found;

/* Reads ``(word, facts, tables)`` (as ``parts`` takes them) and looks the word up: 0, or -1
 * with an exception set. */
static int
find(PyObject *word, PyObject *facts, PyObject *tables, Found *found)
{
    if (PyTuple_GET_SIZE(facts) != 5 || PyTuple_GET_SIZE(tables) != N_TABLES) {
        PyErr_SetString(PyExc_ValueError, "facts is a 5-tuple, tables a 13-tuple");
        return -1;
    }
    PyObject *tab[N_TABLES];
    for (int i = 0; i < N_TABLES; i++) {
        tab[i] = PyTuple_GET_ITEM(tables, i);
        if (i == LENGTHS ? !(PyTuple_Check(tab[i]) && PyTuple_GET_SIZE(tab[i]) == 9)
                         : !PyDict_Check(tab[i])) {
            PyErr_SetString(PyExc_TypeError, "tables: twelve dicts and the nine lengths");
            return -1;
        }
    }
    PyObject *stem = PyTuple_GET_ITEM(facts, 0), *prefix = PyTuple_GET_ITEM(facts, 1);
    PyObject *suffix = PyTuple_GET_ITEM(facts, 2), *trigger = PyTuple_GET_ITEM(facts, 3);
    PyObject *shape = PyTuple_GET_ITEM(facts, 4);
    if (!PyUnicode_Check(stem) || !PyUnicode_Check(prefix) || !PyUnicode_Check(suffix) ||
        !PyUnicode_Check(trigger) || !PyUnicode_Check(shape)) {
        PyErr_SetString(PyExc_TypeError, "facts are five strings");
        return -1;
    }

    Py_ssize_t n = PyUnicode_GET_LENGTH(stem);
    PyObject *w = entry(tab[W], word, none5, 5);
    if (w == NULL)
        return -1;
    PyObject *t = none5;
    if (PyUnicode_GET_LENGTH(trigger) && (t = entry(tab[T], trigger, none5, 5)) == NULL)
        return -1;
    PyObject *sh = entry(tab[SH], shape, none3, 3);
    if (sh == NULL)
        return -1;
    PyObject *x2_key = PyUnicode_Substring(stem, n > 2 ? n - 2 : 0, n);
    if (x2_key == NULL)
        return -1;
    PyObject *x2 = entry(tab[X2], x2_key, none3, 3);
    Py_DECREF(x2_key);
    if (x2 == NULL)
        return -1;
    PyObject *s = entry(tab[S], stem, none3, 3);
    if (s == NULL)
        return -1;
    int same = PyUnicode_Compare(stem, word);
    if (same == -1 && PyErr_Occurred())
        return -1;
    PyObject *p2 = get_slice(tab[P2], stem, 0, n < 2 ? n : 2);
    PyObject *p3 = p2 ? get_slice(tab[P3], stem, 0, n < 3 ? n : 3) : NULL;
    PyObject *x1 = p3 ? get_slice(tab[X1], stem, n > 1 ? n - 1 : 0, n) : NULL;
    PyObject *x3 = x1 ? get_slice(tab[X3], stem, n > 3 ? n - 3 : 0, n) : NULL;
    if (x3 == NULL)
        return -1;
    PyObject *len = get(tab[LEN], PyTuple_GET_ITEM(tab[LENGTHS], n < 8 ? n : 8), Py_None);
    PyObject *pre = Py_None, *suf = Py_None;
    if (len == NULL)
        return -1;
    if (PyUnicode_GET_LENGTH(prefix) && (pre = get(tab[PRE], prefix, Py_None)) == NULL)
        return -1;
    if (PyUnicode_GET_LENGTH(suffix) && (suf = get(tab[SUF], suffix, Py_None)) == NULL)
        return -1;

#define AT(tuple, i) PyTuple_GET_ITEM(tuple, i)
    /* a stem equal to its word is named at the word's own position only */
    PyObject *s_left = same == 0 ? Py_None : AT(s, 1), *s_right = same == 0 ? Py_None : AT(s, 2);
    *found = (Found){
        .own = {AT(w, 0), AT(sh, 0), p2, p3, x1, AT(x2, 0), x3, AT(s, 0), len, pre, suf,
                AT(t, 0)},
        .far_left = {AT(w, 1), AT(t, 1)},
        .left = {AT(w, 2), AT(sh, 1), AT(x2, 1), s_left, AT(t, 2)},
        .right = {AT(w, 3), AT(sh, 2), AT(x2, 2), s_right, AT(t, 3)},
        .far_right = {AT(w, 4), AT(t, 4)},
    };
#undef AT
    return 0;
}

static PyObject *
parts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word, *facts, *tables;
    Found f;
    if (!PyArg_ParseTuple(args, "UO!O!", &word, &PyTuple_Type, &facts, &PyTuple_Type, &tables))
        return NULL;
    if (find(word, facts, tables, &f) < 0)
        return NULL;
    PyObject *out = NULL;
    PyObject *result[5] = {NULL, NULL, NULL, NULL, NULL};
    if ((result[0] = present(f.own, 12)) == NULL || (result[1] = pair(f.far_left[0],
                                                                      f.far_left[1])) == NULL ||
        (result[2] = present(f.left, 5)) == NULL || (result[3] = present(f.right, 5)) == NULL ||
        (result[4] = pair(f.far_right[0], f.far_right[1])) == NULL)
        goto done;
    out = PyTuple_New(5);
    if (out == NULL)
        goto done;
    for (int i = 0; i < 5; i++) {
        PyTuple_SET_ITEM(out, i, result[i]);
        result[i] = NULL;
    }
done:
    for (int i = 0; i < 5; i++)
        Py_XDECREF(result[i]);
    return out;
}

/* ``packed(word, facts, refs)``: what ``marsad.ner.crf.CompiledCRF.pack`` makes of
 * ``parts(word, facts, tables)``, made without the parts: ``refs`` are the tables with each
 * attribute replaced by its place in the compiled tagger's index (an int, ``None`` where the
 * index lacks it); it gives int32s, the end of each of the five parts, then the place of
 * each attribute found, in order. */
static PyObject *
packed(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word, *facts, *refs;
    Found f;
    if (!PyArg_ParseTuple(args, "UO!O!", &word, &PyTuple_Type, &facts, &PyTuple_Type, &refs))
        return NULL;
    if (find(word, facts, refs, &f) < 0)
        return NULL;
    PyObject *const *groups[5] = {f.own, f.far_left, f.left, f.right, f.far_right};
    static const int sizes[5] = {12, 2, 5, 5, 2};
    int32_t ints[5 + 12 + 2 + 5 + 5 + 2];
    int n = 5;
    for (int p = 0; p < 5; p++) {
        for (int a = 0; a < sizes[p]; a++) {
            PyObject *ref = groups[p][a];
            if (ref == Py_None)
                continue;  /* an attribute the model does not know */
            long value = PyLong_Check(ref) ? PyLong_AsLong(ref) : -1;
            if (value < 0 || value > INT32_MAX) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError, "a place must be an int32 at least 0");
                return NULL;
            }
            ints[n++] = (int32_t)value;
        }
        ints[p] = (int32_t)(n - 5);
    }
    return PyBytes_FromStringAndSize((const char *)ints, (Py_ssize_t)sizeof(int32_t) * n);
}

/* ``attribute`` appended to ``*slot`` (a tuple, replaced); 0, or -1 */
static int
append_attribute(PyObject **slot, PyObject *attribute)
{
    Py_ssize_t size = PyTuple_GET_SIZE(*slot);
    PyObject *grown = PyTuple_New(size + 1);
    if (grown == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < size; i++) {
        PyObject *item = PyTuple_GET_ITEM(*slot, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(grown, i, item);
    }
    Py_INCREF(attribute);
    PyTuple_SET_ITEM(grown, size, attribute);
    Py_SETREF(*slot, grown);
    return 0;
}

/* The bigram attributes of each word (a list of tuples), or NULL: pair k is word k-1 and
 * word k over ``<s> words </s>``, ``pairs[word k-1][word k]`` its (left, right) attributes */
static PyObject *
bigrams(PyObject *const *words, Py_ssize_t n, PyObject *pairs, PyObject *bos, PyObject *eos)
{
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return NULL;
    PyObject *extras = PyList_New(n);
    if (extras == NULL) {
        Py_DECREF(empty);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_INCREF(empty);
        PyList_SET_ITEM(extras, k, empty);
    }
    Py_DECREF(empty);
    PyObject **slots = ((PyListObject *)extras)->ob_item;
    for (Py_ssize_t k = 0; k <= n; k++) {
        PyObject *before = k ? words[k - 1] : bos, *word = k < n ? words[k] : eos;
        PyObject *after = PyDict_GetItemWithError(pairs, before);
        if (after == NULL) {
            if (PyErr_Occurred())
                goto fail;
            continue;  /* no known pair opens with word k-1 */
        }
        if (!PyDict_Check(after)) {
            PyErr_SetString(PyExc_TypeError, "pairs maps a word to a dict");
            goto fail;
        }
        PyObject *both = PyDict_GetItemWithError(after, word);
        if (both == NULL) {
            if (PyErr_Occurred())
                goto fail;
            continue;
        }
        if (!PyTuple_Check(both) || PyTuple_GET_SIZE(both) != 2) {
            PyErr_SetString(PyExc_TypeError, "a pair's attributes are a (left, right) tuple");
            goto fail;
        }
        Py_INCREF(both);  /* held while a tuple is grown */
        PyObject *left = PyTuple_GET_ITEM(both, 0), *right = PyTuple_GET_ITEM(both, 1);
        int failed = (k < n && left != Py_None && append_attribute(&slots[k], left) < 0)
                  || (k && right != Py_None && append_attribute(&slots[k - 1], right) < 0);
        Py_DECREF(both);
        if (failed)
            goto fail;
    }
    return extras;
fail:
    Py_DECREF(extras);
    return NULL;
}

static PyObject *
sentence(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *words, *packed, *missing, *pairs, *bos, *eos;
    if (!PyArg_ParseTuple(args, "OO!OO!(UU)", &words, &PyDict_Type, &packed, &missing,
                          &PyDict_Type, &pairs, &bos, &eos))
        return NULL;
    /* a tuple of our own: the callback ``missing`` runs Python code, which could change a
     * list of words under the loop (and move or free its items) */
    PyObject *seq = PySequence_Tuple(words);
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    PyObject *const *items = &PyTuple_GET_ITEM(seq, 0);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i])) {
            PyErr_SetString(PyExc_TypeError, "words are strings");
            Py_DECREF(seq);
            return NULL;
        }
    }
    PyObject *packs = PyList_New(n + 4), *extras = NULL, *out = NULL;
    if (packs == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n + 4; i++) {
        PyObject *word = i < 2 ? bos : i < n + 2 ? items[i - 2] : eos;
        PyObject *one = PyDict_GetItemWithError(packed, word);
        int truth = 0;
        if (one != NULL) {
            Py_INCREF(one);
            truth = PyObject_IsTrue(one);
            if (truth < 0)
                goto done;
            if (!truth)
                Py_CLEAR(one);
        }
        else if (PyErr_Occurred())
            goto done;
        if (one == NULL && (one = PyObject_CallOneArg(missing, word)) == NULL)
            goto done;
        PyList_SET_ITEM(packs, i, one);
    }
    extras = bigrams(items, n, pairs, bos, eos);
    if (extras == NULL)
        goto done;
    out = PyTuple_Pack(2, packs, extras);
done:
    Py_XDECREF(packs);
    Py_XDECREF(extras);
    Py_DECREF(seq);
    return out;
}

/* (end, type) of the longest name from word i (end 0 and type NULL: none); the type is a new
 * reference the caller releases; -1 on error (nothing held) */
static int
longest(PyObject *const *words, Py_ssize_t n, Py_ssize_t i, PyObject *firsts, PyObject *types,
        PyObject *prefixes, Py_ssize_t max_words, Py_ssize_t *best_end, PyObject **best_type)
{
    *best_end = 0;
    *best_type = NULL;
    for (Py_ssize_t f = 0; f < PyTuple_GET_SIZE(firsts); f++) {
        PyObject *key = PyTuple_GET_ITEM(firsts, f);
        Py_INCREF(key);
        Py_ssize_t j = i + 1;
        for (;;) {
            PyObject *typ = PyDict_GetItemWithError(types, key);
            if (typ == NULL && PyErr_Occurred())
                goto fail;
            if (typ != NULL) {
                Py_INCREF(typ); /* held before its truth runs any code */
                int truth = PyObject_IsTrue(typ);
                if (truth > 0 && j > *best_end) {
                    *best_end = j;
                    Py_XSETREF(*best_type, typ);
                }
                else
                    Py_DECREF(typ);
                if (truth < 0)
                    goto fail;
            }
            if (j >= n || j - i >= max_words)
                break;
            int more = PySet_Contains(prefixes, key);
            if (more < 0)
                goto fail;
            if (!more)
                break;
            PyObject *spaced = PyUnicode_Concat(key, space);
            if (spaced == NULL)
                goto fail;
            Py_SETREF(key, PyUnicode_Concat(spaced, words[j]));
            Py_DECREF(spaced);
            if (key == NULL)
                goto fail;
            j++;
        }
        Py_DECREF(key);
        continue;
    fail:
        Py_XDECREF(key);
        Py_CLEAR(*best_type);
        *best_end = 0;
        return -1;
    }
    return 0;
}

static PyObject *
gazetteer(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *words, *openers, *opening_keys, *types, *prefixes;
    Py_ssize_t max_words;
    if (!PyArg_ParseTuple(args, "OO!OO!On", &words, &PyDict_Type, &openers, &opening_keys,
                          &PyDict_Type, &types, &prefixes, &max_words))
        return NULL;
    if (!PyAnySet_Check(prefixes)) {
        PyErr_SetString(PyExc_TypeError, "prefixes is a set");
        return NULL;
    }
    /* a tuple of our own: the callback ``opening_keys`` runs Python code */
    PyObject *seq = PySequence_Tuple(words);
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    PyObject *const *items = &PyTuple_GET_ITEM(seq, 0);
    PyObject *keys = PyList_New(n), *tags = NULL, *out = NULL;
    if (keys == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i])) {
            PyErr_SetString(PyExc_TypeError, "words are strings");
            goto done;
        }
        PyObject *found = PyDict_GetItemWithError(openers, items[i]);
        if (found != NULL)
            Py_INCREF(found);
        else if (PyErr_Occurred())
            goto done;
        else if ((found = PyObject_CallFunctionObjArgs(opening_keys, items[i], types, prefixes,
                                                       NULL)) == NULL)
            goto done;
        if (!PyTuple_Check(found)) {
            Py_DECREF(found);
            PyErr_SetString(PyExc_TypeError, "opening keys are a tuple");
            goto done;
        }
        PyList_SET_ITEM(keys, i, found);
    }
    tags = PyList_New(n);
    if (tags == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_INCREF(empty_text);
        PyList_SET_ITEM(tags, i, empty_text);
    }
    Py_ssize_t end = 0; /* the word after the last name tagged */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *firsts = PyList_GET_ITEM(keys, i);
        if (PyTuple_GET_SIZE(firsts) == 0 || i < end)
            continue;
        Py_ssize_t best_end;
        PyObject *best_type;
        if (longest(items, n, i, firsts, types, prefixes, max_words, &best_end, &best_type) < 0)
            goto done;
        if (!best_end)
            continue;
        PyObject *first = PyUnicode_Concat(begin_tag, best_type);
        if (first == NULL) {
            Py_DECREF(best_type);
            goto done;
        }
        PyList_SetItem(tags, i, first);
        if (best_end > i + 1) {
            PyObject *inside = PyUnicode_Concat(inside_tag, best_type);
            if (inside == NULL) {
                Py_DECREF(best_type);
                goto done;
            }
            for (Py_ssize_t k = i + 1; k < best_end; k++) {
                Py_INCREF(inside);
                PyList_SetItem(tags, k, inside);
            }
            Py_DECREF(inside);
        }
        Py_DECREF(best_type);
        end = best_end;
    }
    out = tags;
    tags = NULL;
done:
    Py_XDECREF(tags);
    Py_XDECREF(keys);
    Py_DECREF(seq);
    return out;
}

static PyMethodDef methods[] = {
    {"parts", parts, METH_VARARGS,
     "parts(word, facts, tables) -> (own, as -2, as -1, as +1, as +2) known attributes"},
    {"packed", packed, METH_VARARGS,
     "packed(word, facts, refs) -> bytes (int32s: 5 ends, then places)"},
    {"sentence", sentence, METH_VARARGS,
     "sentence(words, packed, missing, pairs, marks) -> (packs, bigram extras)"},
    {"gazetteer", gazetteer, METH_VARARGS,
     "gazetteer(words, openers, opening_keys, types, prefixes, max_words) -> tags"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_fastfeat",
    .m_doc = "The NER tagger's features, compiled (see marsad.ner.attributes, "
             "marsad.ner.features).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__fastfeat(void)
{
    if ((none5 = PyTuple_Pack(5, Py_None, Py_None, Py_None, Py_None, Py_None)) == NULL ||
        (none3 = PyTuple_Pack(3, Py_None, Py_None, Py_None)) == NULL ||
        (space = PyUnicode_InternFromString(" ")) == NULL ||
        (empty_text = PyUnicode_InternFromString("")) == NULL ||
        (begin_tag = PyUnicode_InternFromString("B-")) == NULL ||
        (inside_tag = PyUnicode_InternFromString("I-")) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
