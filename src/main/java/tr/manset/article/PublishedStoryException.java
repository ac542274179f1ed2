package tr.manset.article;

/**
 * A story readers have seen cannot be deleted: what was published stays on record (it can be
 * unpublished instead). The message is for the newsroom, in Turkish.
 */
public class PublishedStoryException extends IllegalStateException {

    public PublishedStoryException(Article story) {
        super(story.status() == Status.PUBLISHED
            ? "Yayımlanmış bir haber silinemez: okurlar onu gördü. Bunun yerine yayından kaldırabilirsiniz."
            : "Bir kez yayımlanmış bir haber silinemez: okurlar onu gördü ve kaydı kalır. "
                + "Haber şu an yayında değil; okurlar metnini göremez.");
    }
}
