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
 * ``sentence(words, packed, missing, heads, left, right, marks)`` gives what
 * ``marsad.ner.features.Features.packed_parts`` gives before the gazetteer tags are added:
 * the packed record of each of ``<s> <s> words </s> </s>`` (``packed.get(w) or
 * missing(w)``, in that order) and, per word, its bigram attributes: pair ``k`` is ``word
 * k-1 + "|" + word k`` over ``<s> words </s>``, looked up only when word ``k-1`` is in
 * ``heads``; a pair in ``left`` gives token ``k`` the attribute ``left tag + pair``, one in
 * ``right`` gives token ``k-1`` the attribute ``right tag + pair`` (UTF-8 bytes), so a
 * token's tuple holds its left pair's, then its right pair's, as the Python loop appends
 * them. ``marks`` is ``(<s>, </s>, left tag, right tag)``.
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

enum { P2, P3, X1, X3, LEN, PRE, SUF, W, T, SH, X2, S, LENGTHS, N_TABLES };

static PyObject *none5, *none3; /* (None,) * 5 and * 3: a value no table holds */
static PyObject *bar, *space, *empty_text, *begin_tag, *inside_tag; /* "|" " " "" "B-" "I-" */

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

static PyObject *
parts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word, *facts, *tables;
    if (!PyArg_ParseTuple(args, "UO!O!", &word, &PyTuple_Type, &facts, &PyTuple_Type, &tables))
        return NULL;
    if (PyTuple_GET_SIZE(facts) != 5 || PyTuple_GET_SIZE(tables) != N_TABLES) {
        PyErr_SetString(PyExc_ValueError, "facts is a 5-tuple, tables a 13-tuple");
        return NULL;
    }
    PyObject *tab[N_TABLES];
    for (int i = 0; i < N_TABLES; i++) {
        tab[i] = PyTuple_GET_ITEM(tables, i);
        if (i == LENGTHS ? !(PyTuple_Check(tab[i]) && PyTuple_GET_SIZE(tab[i]) == 9)
                         : !PyDict_Check(tab[i])) {
            PyErr_SetString(PyExc_TypeError, "tables: twelve dicts and the nine lengths");
            return NULL;
        }
    }
    PyObject *stem = PyTuple_GET_ITEM(facts, 0), *prefix = PyTuple_GET_ITEM(facts, 1);
    PyObject *suffix = PyTuple_GET_ITEM(facts, 2), *trigger = PyTuple_GET_ITEM(facts, 3);
    PyObject *shape = PyTuple_GET_ITEM(facts, 4);
    if (!PyUnicode_Check(stem) || !PyUnicode_Check(prefix) || !PyUnicode_Check(suffix) ||
        !PyUnicode_Check(trigger) || !PyUnicode_Check(shape)) {
        PyErr_SetString(PyExc_TypeError, "facts are five strings");
        return NULL;
    }
    PyObject *out = NULL, *s_own = NULL;
    PyObject *result[5] = {NULL, NULL, NULL, NULL, NULL};

    Py_ssize_t n = PyUnicode_GET_LENGTH(stem);
    PyObject *w = entry(tab[W], word, none5, 5);
    if (w == NULL)
        goto done;
    PyObject *t = none5;
    if (PyUnicode_GET_LENGTH(trigger) && (t = entry(tab[T], trigger, none5, 5)) == NULL)
        goto done;
    PyObject *sh = entry(tab[SH], shape, none3, 3);
    if (sh == NULL)
        goto done;
    PyObject *x2_key = PyUnicode_Substring(stem, n > 2 ? n - 2 : 0, n);
    if (x2_key == NULL)
        goto done;
    PyObject *x2 = entry(tab[X2], x2_key, none3, 3);
    Py_DECREF(x2_key);
    if (x2 == NULL)
        goto done;
    PyObject *s = entry(tab[S], stem, none3, 3);
    if (s == NULL)
        goto done;
    int same = PyUnicode_Compare(stem, word);
    if (same == -1 && PyErr_Occurred())
        goto done;
    if (same == 0) { /* a stem equal to its word is named at the word's own position only */
        s_own = PyTuple_Pack(3, PyTuple_GET_ITEM(s, 0), Py_None, Py_None);
        if (s_own == NULL)
            goto done;
        s = s_own;
    }
    PyObject *p2 = get_slice(tab[P2], stem, 0, n < 2 ? n : 2);
    PyObject *p3 = p2 ? get_slice(tab[P3], stem, 0, n < 3 ? n : 3) : NULL;
    PyObject *x1 = p3 ? get_slice(tab[X1], stem, n > 1 ? n - 1 : 0, n) : NULL;
    PyObject *x3 = x1 ? get_slice(tab[X3], stem, n > 3 ? n - 3 : 0, n) : NULL;
    if (x3 == NULL)
        goto done;
    PyObject *len = get(tab[LEN], PyTuple_GET_ITEM(tab[LENGTHS], n < 8 ? n : 8), Py_None);
    PyObject *pre = Py_None, *suf = Py_None;
    if (len == NULL)
        goto done;
    if (PyUnicode_GET_LENGTH(prefix) && (pre = get(tab[PRE], prefix, Py_None)) == NULL)
        goto done;
    if (PyUnicode_GET_LENGTH(suffix) && (suf = get(tab[SUF], suffix, Py_None)) == NULL)
        goto done;

#define AT(tuple, i) PyTuple_GET_ITEM(tuple, i)
    PyObject *own[12] = {AT(w, 0), AT(sh, 0), p2, p3, x1, AT(x2, 0), x3, AT(s, 0), len, pre, suf,
                         AT(t, 0)};
    PyObject *left[5] = {AT(w, 2), AT(sh, 1), AT(x2, 1), AT(s, 1), AT(t, 2)};
    PyObject *right[5] = {AT(w, 3), AT(sh, 2), AT(x2, 2), AT(s, 2), AT(t, 3)};
    if ((result[0] = present(own, 12)) == NULL || (result[1] = pair(AT(w, 1), AT(t, 1))) == NULL ||
        (result[2] = present(left, 5)) == NULL || (result[3] = present(right, 5)) == NULL ||
        (result[4] = pair(AT(w, 4), AT(t, 4))) == NULL)
        goto done;
#undef AT
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
    Py_XDECREF(s_own);
    return out;
}

/* ``tag + pair`` as UTF-8 bytes appended to ``*slot`` (a tuple, replaced); 0, or -1 */
static int
append_attribute(PyObject **slot, PyObject *tag, PyObject *pair)
{
    PyObject *text = PyUnicode_Concat(tag, pair);
    if (text == NULL)
        return -1;
    PyObject *attribute = PyUnicode_AsUTF8String(text);
    Py_DECREF(text);
    if (attribute == NULL)
        return -1;
    Py_ssize_t size = PyTuple_GET_SIZE(*slot);
    PyObject *grown = PyTuple_New(size + 1);
    if (grown == NULL) {
        Py_DECREF(attribute);
        return -1;
    }
    for (Py_ssize_t i = 0; i < size; i++) {
        PyObject *item = PyTuple_GET_ITEM(*slot, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(grown, i, item);
    }
    PyTuple_SET_ITEM(grown, size, attribute);
    Py_SETREF(*slot, grown);
    return 0;
}

/* The bigram attributes of each word (a list of tuples), or NULL */
static PyObject *
bigrams(PyObject *const *words, Py_ssize_t n, PyObject *heads, PyObject *left, PyObject *right,
        PyObject *bos, PyObject *eos, PyObject *left_tag, PyObject *right_tag)
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
    for (Py_ssize_t k = 0; k <= n; k++) {
        PyObject *before = k ? words[k - 1] : bos, *word = k < n ? words[k] : eos;
        int opens = PySet_Contains(heads, before);
        if (opens < 0)
            goto fail;
        if (!opens) /* no known pair opens with word k-1 */
            continue;
        PyObject *half = PyUnicode_Concat(before, bar);
        if (half == NULL)
            goto fail;
        PyObject *pair = PyUnicode_Concat(half, word);
        Py_DECREF(half);
        if (pair == NULL)
            goto fail;
        int in_left = k < n ? PySet_Contains(left, pair) : 0;
        int in_right = in_left < 0 ? -1 : k ? PySet_Contains(right, pair) : 0;
        int failed = in_left < 0 || in_right < 0;
        if (!failed && in_left)
            failed = append_attribute(&((PyListObject *)extras)->ob_item[k], left_tag, pair) < 0;
        if (!failed && in_right)
            failed = append_attribute(&((PyListObject *)extras)->ob_item[k - 1], right_tag,
                                      pair) < 0;
        Py_DECREF(pair);
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
    PyObject *words, *packed, *missing, *heads, *left, *right, *marks;
    if (!PyArg_ParseTuple(args, "OO!OOOOO!", &words, &PyDict_Type, &packed, &missing, &heads,
                          &left, &right, &PyTuple_Type, &marks))
        return NULL;
    if (!PyAnySet_Check(heads) || !PyAnySet_Check(left) || !PyAnySet_Check(right)) {
        PyErr_SetString(PyExc_TypeError, "heads, left and right are sets");
        return NULL;
    }
    if (PyTuple_GET_SIZE(marks) != 4) {
        PyErr_SetString(PyExc_ValueError, "marks is (<s>, </s>, left tag, right tag)");
        return NULL;
    }
    PyObject *bos = PyTuple_GET_ITEM(marks, 0), *eos = PyTuple_GET_ITEM(marks, 1);
    PyObject *left_tag = PyTuple_GET_ITEM(marks, 2), *right_tag = PyTuple_GET_ITEM(marks, 3);
    if (!PyUnicode_Check(bos) || !PyUnicode_Check(eos) || !PyUnicode_Check(left_tag) ||
        !PyUnicode_Check(right_tag)) {
        PyErr_SetString(PyExc_TypeError, "marks are strings");
        return NULL;
    }
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
    extras = bigrams(items, n, heads, left, right, bos, eos, left_tag, right_tag);
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
    {"sentence", sentence, METH_VARARGS,
     "sentence(words, packed, missing, heads, left, right, marks) -> (packs, bigram extras)"},
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
        (bar = PyUnicode_InternFromString("|")) == NULL ||
        (space = PyUnicode_InternFromString(" ")) == NULL ||
        (empty_text = PyUnicode_InternFromString("")) == NULL ||
        (begin_tag = PyUnicode_InternFromString("B-")) == NULL ||
        (inside_tag = PyUnicode_InternFromString("I-")) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
